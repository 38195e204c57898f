import { HSK_LEVEL, type Settings, type SettingsPatch } from '@/protocol/settings/settings';
import { t } from '@/ui/i18n';
import { ToggleField } from '@/ui/settings/toggle-field';

const levels = Array.from({ length: HSK_LEVEL.max + 1 }, (_, i) => i);

/** Known words and lookup history: which words count as known, their mark, and whether lookups are counted. */
export function KnownSettings({ s, set }: { s: Settings; set: (patch: SettingsPatch) => unknown }) {
  return (
    <section aria-labelledby="known">
      <h2 id="known">{t('sectionKnown')}</h2>
      <label class="select" data-setting="knownHsk">
        {t('knownHskLabel')}{' '}
        <select
          value={String(s.knownHsk)}
          onChange={(e) => set({ knownHsk: Number((e.currentTarget as HTMLSelectElement).value) })}
        >
          {levels.map((level) => (
            <option key={level} value={String(level)}>
              {level === 0
                ? t('knownHskNone')
                : level === HSK_LEVEL.max
                  ? t('hskBand')
                  : t('hskLevel', level)}
            </option>
          ))}
        </select>
      </label>
      <ToggleField
        name="marksUnknown"
        label={t('marksUnknown')}
        checked={s.marks.unknown}
        onChange={(unknown) => set({ marks: { unknown } })}
      />
      <ToggleField
        name="history"
        label={t('historySetting')}
        checked={s.history}
        onChange={(history) => set({ history })}
      />
      <p class="muted">{t('knownNote')}</p>
    </section>
  );
}
