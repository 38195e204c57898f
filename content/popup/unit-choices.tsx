import { englishLine } from '@/core/dictionary/english-line';
import type { WordInfo } from '@/core/types';
import { t } from '@/ui/i18n';
import { PinyinText } from './pinyin-text';

export interface UnitChoicesProps {
  /** The units at the point, longest first (the one the popup describes among them). */
  units: readonly WordInfo[];
  /** The unit the popup describes now. */
  current: string;
  onChoose?: (word: string, event?: Event) => void;
}

/**
 * "Also here": the longer and shorter units at the popup's point, each a toggle button named after its word
 * (the one shown is pressed). Choosing one (a click, Enter on the focused button, or ↑/↓ anywhere while the
 * popup is open) makes the popup, the page's highlight and Save follow it. Nothing shows when the unit at the
 * point is the only one.
 */
export function UnitChoices({ units, current, onChoose }: UnitChoicesProps) {
  if (!units.some((n) => n.word !== current)) return null;
  const label = t('popupAlsoHere');
  return (
    <fieldset class="nearby" aria-label={label.replace(/[:：]\s*$/, '')}>
      <span class="muted" aria-hidden="true">
        {label}
      </span>
      {units.map((n) => (
        <button
          type="button"
          class="near"
          key={n.word}
          lang="zh-CN"
          aria-label={n.word}
          aria-pressed={n.word === current}
          title={englishLine(n)}
          onClick={(event) => onChoose?.(n.word, event)}
        >
          {n.word}{' '}
          {n.entries[0] ? <PinyinText pinyin={n.entries[0].pinyin} tones={n.entries[0].tones} /> : null}
        </button>
      ))}
    </fieldset>
  );
}
