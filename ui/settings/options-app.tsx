import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, FONT_SIZE, HOVER_DELAY, HSK_LEVEL } from '@/protocol/settings/settings';
import { t } from '@/ui/i18n';
import { AboutLicences } from '@/ui/settings/about-licences';
import { AnkiSettingsSection } from '@/ui/settings/anki-settings-section';
import { ChoiceField } from '@/ui/settings/choice-field';
import { KnownSettings } from '@/ui/settings/known-settings';
import { PinyinPreview } from '@/ui/settings/pinyin-preview';
import { RangeField } from '@/ui/settings/range-field';
import { ReviewFrontField } from '@/ui/settings/review-front-field';
import type { SettingsState } from '@/ui/settings/settings-state';
import { ShortcutList } from '@/ui/settings/shortcut-list';
import { SiteList } from '@/ui/settings/site-list';
import { SpeechCheck } from '@/ui/settings/speech-check';
import { ToggleField } from '@/ui/settings/toggle-field';

const hskLevels = Array.from({ length: HSK_LEVEL.max - HSK_LEVEL.min + 1 }, (_, i) => HSK_LEVEL.min + i);

export function App({ state }: { state: SettingsState }) {
  const s = state.settings.value;
  const set = state.update;
  return (
    <main data-theme={s.theme} data-loaded={state.loaded.value}>
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      {state.error.value ? <p role="alert">{state.error.value}</p> : null}

      <section aria-labelledby="reading">
        <h2 id="reading">{t('sectionReading')}</h2>
        <ChoiceField name="trigger" value={s.trigger} onChange={(trigger) => set({ trigger })} />
        <RangeField
          name="hoverDelay"
          label={t('hoverDelayLabel')}
          value={s.hoverDelay}
          {...HOVER_DELAY}
          format={(v) => t('msValue', v)}
          onChange={(hoverDelay) => set({ hoverDelay })}
        />
      </section>

      <section aria-labelledby="popup">
        <h2 id="popup">{t('sectionPopup')}</h2>
        <PinyinPreview settings={s} label={t('previewLabel')} />
        <ChoiceField
          name="pinyinStyle"
          value={s.pinyinStyle}
          onChange={(pinyinStyle) => set({ pinyinStyle })}
        />
        <ChoiceField name="toneColors" value={s.toneColors} onChange={(toneColors) => set({ toneColors })} />
        <ToggleField
          name="showTraditional"
          label={t('showTraditionalLabel')}
          checked={s.showTraditional}
          onChange={(showTraditional) => set({ showTraditional })}
        />
        <RangeField
          name="fontSize"
          label={t('fontSizeLabel')}
          value={s.fontSize}
          {...FONT_SIZE}
          format={(v) => t('pxValue', v)}
          onChange={(fontSize) => set({ fontSize })}
        />
        <ChoiceField name="theme" value={s.theme} onChange={(theme) => set({ theme })} />
      </section>

      <section aria-labelledby="marks">
        <h2 id="marks">{t('sectionMarks')}</h2>
        <ToggleField
          name="marksPolicy"
          label={t('marksPolicy')}
          checked={s.marks.policy}
          onChange={(policy) => set({ marks: { policy } })}
        />
        <ToggleField
          name="marksSaved"
          label={t('marksSaved')}
          checked={s.marks.saved}
          onChange={(saved) => set({ marks: { saved } })}
        />
      </section>

      <section aria-labelledby="inline">
        <h2 id="inline">{t('sectionInline')}</h2>
        <ToggleField
          name="inlinePinyin"
          label={t('inlineEnabled')}
          checked={s.inlinePinyin.enabled}
          onChange={(enabled) => set({ inlinePinyin: { enabled } })}
        />
        <ChoiceField
          name="inlineScope"
          value={s.inlinePinyin.scope}
          onChange={(scope) => set({ inlinePinyin: { scope } })}
        />
        <label class="select" data-setting="inlineMinHsk">
          <select
            aria-label={t('inlineScopeSelected')}
            disabled={s.inlinePinyin.scope !== 'selected'}
            value={String(s.inlinePinyin.minHsk)}
            onChange={(e) =>
              set({ inlinePinyin: { minHsk: Number((e.currentTarget as HTMLSelectElement).value) } })
            }
          >
            {hskLevels.map((level) => (
              <option key={level} value={String(level)}>
                {level === HSK_LEVEL.max ? t('hskBand') : t('hskLevel', level)}
              </option>
            ))}
          </select>
        </label>
        <p class="muted">{t('inlineNote')}</p>
      </section>

      <KnownSettings s={s} set={set} />

      <section aria-labelledby="review">
        <h2 id="review">{t('sectionReview')}</h2>
        <ReviewFrontField />
      </section>

      <section aria-labelledby="anki">
        <h2 id="anki">{t('sectionAnki')}</h2>
        <AnkiSettingsSection />
      </section>

      <section aria-labelledby="sites">
        <h2 id="sites">{t('sectionSites')}</h2>
        <SiteList />
      </section>

      <section aria-labelledby="speech">
        <h2 id="speech">{t('sectionSpeech')}</h2>
        <SpeechCheck />
      </section>

      <section aria-labelledby="shortcuts">
        <h2 id="shortcuts">{t('sectionShortcuts')}</h2>
        <ShortcutList />
      </section>

      <p>
        <button type="button" onClick={() => set({ ...DEFAULT_SETTINGS })}>
          {t('resetDefaults')}
        </button>
      </p>

      <section aria-labelledby="about">
        <h2 id="about">{t('sectionAbout')}</h2>
        <p>
          Tanci {browser.runtime.getManifest().version} — a reader for Chinese environmental and
          climate-policy news.
        </p>
        <AboutLicences />
      </section>
    </main>
  );
}
