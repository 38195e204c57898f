import { useId } from 'preact/hooks';
import { type MessageKey, t } from '@/ui/i18n';

/**
 * Every choice the settings offer, in one table: the group's legend and each value's label (message keys).
 * A field names its row, so the options page and the site list write no labels of their own.
 */
export const CHOICES = {
  trigger: {
    legend: 'triggerLabel',
    labels: { hover: 'triggerHover', shift: 'triggerShift', alt: 'triggerAlt', click: 'triggerClick' },
  },
  pinyinStyle: {
    legend: 'pinyinStyleLabel',
    labels: { marks: 'pinyinMarks', numbers: 'pinyinNumbers', zhuyin: 'pinyinZhuyin' },
  },
  toneColors: {
    legend: 'toneColorsLabel',
    labels: { contrast: 'toneContrast', pleco: 'tonePleco', mdbg: 'toneMdbg', off: 'toneOff' },
  },
  theme: {
    legend: 'themeLabel',
    labels: { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' },
  },
  inlineScope: {
    legend: 'inlineScopeLegend',
    labels: { all: 'inlineScopeAll', selected: 'inlineScopeSelected' },
  },
  siteMode: {
    legend: 'siteModeLabel',
    labels: { 'all-except': 'siteModeExcept', 'only-listed': 'siteModeOnly' },
  },
  reviewFront: {
    legend: 'reviewFrontLegend',
    labels: { cloze: 'reviewFrontCloze', term: 'reviewFrontTerm' },
  },
} as const satisfies Record<string, { legend: MessageKey; labels: Record<string, MessageKey> }>;

type ChoiceName = keyof typeof CHOICES;
type ValueOf<N extends ChoiceName> = keyof (typeof CHOICES)[N]['labels'] & string;

/** A labelled group of radio buttons: every option visible at once, each a real form control. */
export function ChoiceField<N extends ChoiceName>(props: {
  name: N;
  value: ValueOf<N>;
  onChange: (value: ValueOf<N>) => void;
}) {
  const id = useId();
  const { legend, labels } = CHOICES[props.name];
  return (
    <fieldset class="choice" data-setting={props.name}>
      <legend>{t(legend)}</legend>
      {(Object.entries(labels) as [ValueOf<N>, MessageKey][]).map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={`${props.name}-${id}`}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />{' '}
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
