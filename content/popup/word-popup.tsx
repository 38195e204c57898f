import { useContext } from 'preact/hooks';
import { entriesInContext } from '@/core/dictionary/context-reading';
import { traditionalForm } from '@/core/dictionary/traditional-form';
import type { DictEntry, GlossaryEntry, WordInfo } from '@/core/types';
import { categoryName } from '@/ui/category-name';
import { t } from '@/ui/i18n';
import { ReaderSettingsContext } from '@/ui/settings/reader-settings-context';
import { SpeakButton, SpeakerIcon } from '@/ui/speak-button';
import { PageTermSection } from './page-term-section';
import { PinyinText } from './pinyin-text';
import { SendToAnkiButton } from './send-to-anki-button';
import { UnitChoices } from './unit-choices';

/** Everything the popup shows for one word; `info` is null until the background has answered. */
export interface PopupView {
  word: string;
  /** Pinyin read in context (from the paragraph's segmentation). */
  pinyin: string;
  tones: number[];
  info: WordInfo | null;
  /**
   * The units at the point, longest first: the reading unit there and the dictionary's longer and shorter
   * words starting where it starts (the one shown among them, the reader may choose another).
   */
  nearby: WordInfo[];
  /** A reading unit's words (温室气体 = 温室 greenhouse + 气体 gas), with their English once looked up. */
  parts?: { text: string; pinyin: string; tones: number[]; english?: string }[];
  saved: boolean;
  /** A term the page repeats that no lexicon knows: explained by its parts, with "Add to my glossary". */
  pageTerm?: boolean;
  /** Marked known (or within the HSK setting). */
  known?: boolean;
  /** Looked up a few times and not saved: a quiet "save?" beside Save. */
  hint?: boolean;
  /** The sentence the word was read in, for reading it aloud. */
  sentence?: string;
  status?: string;
}

export interface WordPopupProps {
  view: PopupView;
  onSave: () => void;
  onCopy: () => void;
  onClose: () => void;
  /** Makes the popup describe another unit at its point (one of `view.nearby`). */
  onChoose?: (word: string, event?: Event) => void;
  onKnown?: () => void;
  /** Present while Send to Anki is on: saves and sends the word, resolving to the line to show. */
  onSendToAnki?: () => Promise<string>;
}

function GlossarySection({ entry }: { entry: GlossaryEntry }) {
  const example = entry.examples[0];
  return (
    <section class="policy" aria-label={t('popupGlossaryRegion')}>
      <div class="label">{t('popupPolicyTerm', categoryName(entry.category))}</div>
      <p class="english">{entry.english}</p>
      {entry.expansion ? (
        <p>
          <span class="muted">{t('popupShortFor')}</span>
          <span lang="zh-CN">{entry.expansion}</span>
          {entry.expansionEnglish ? <span class="muted"> ({entry.expansionEnglish})</span> : null}
        </p>
      ) : null}
      {entry.explanation ? <p>{entry.explanation}</p> : null}
      {example ? (
        <blockquote>
          <span lang="zh-CN">{example.sentence}</span>
          <div class="source">— {example.source}</div>
        </blockquote>
      ) : null}
    </section>
  );
}

function Readings({ info, entries }: { info: WordInfo; entries: DictEntry[] }) {
  if (entries.length === 0) {
    if (info.composed) return <p class="muted">{info.composed}</p>;
    return info.glossary ? null : <p class="muted">{t('popupNotInDictionary')}</p>;
  }
  return (
    <>
      {entries.map((e) => (
        <div class="reading" key={`${e.traditional}${e.pinyin}`}>
          {entries.length > 1 ? <PinyinText pinyin={e.pinyin} tones={e.tones} /> : null}
          <ol>
            {e.senses.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          {e.classifiers?.length ? (
            <p class="muted">{t('popupMeasureWord', e.classifiers.join(', '))}</p>
          ) : null}
        </div>
      ))}
    </>
  );
}

/** The in-page word popup: a non-modal dialog named after the word. It never takes focus. */
export function WordPopup({
  view,
  onSave,
  onCopy,
  onClose,
  onChoose,
  onKnown,
  onSendToAnki,
}: WordPopupProps) {
  const { info } = view;
  const { showTraditional } = useContext(ReaderSettingsContext);
  // The reading read in context leads, so the header's pinyin and the first sense block agree.
  const entries = info ? entriesInContext(info.entries, view.pinyin) : [];
  const traditional = showTraditional ? traditionalForm(view.word, entries) : undefined;
  return (
    <div class="root" role="dialog" aria-label={view.word} lang="en">
      <header>
        <h2 lang="zh-CN">{view.word}</h2>
        {traditional ? (
          <span class="trad" lang="zh-TW" title={t('popupTraditional')}>
            {traditional}
          </span>
        ) : null}
        <PinyinText pinyin={view.pinyin} tones={view.tones} />
        {info?.hsk ? <span class="hsk">HSK {info.hsk}</span> : null}
      </header>
      {view.parts ? (
        <p class="parts">
          <span class="muted">{t('popupParts')}</span>
          {view.parts.map((part, i) => (
            <span key={`${i}${part.text}`}>
              {i > 0 ? ' + ' : null}
              <span lang="zh-CN">{part.text}</span> <PinyinText pinyin={part.pinyin} tones={part.tones} />
              {part.english ? <span class="muted"> {part.english}</span> : null}
            </span>
          ))}
        </p>
      ) : null}
      {view.pageTerm ? <PageTermSection saved={view.saved} onAdd={onSave} /> : null}
      {info?.glossary ? <GlossarySection entry={info.glossary} /> : null}
      {info ? <Readings info={info} entries={entries} /> : <p class="muted">{t('popupLookingUp')}</p>}
      <UnitChoices units={view.nearby} current={view.word} onChoose={onChoose} />
      <footer>
        <button type="button" tabIndex={-1} aria-pressed={view.saved} onClick={onSave}>
          {view.saved ? t('popupSaved') : t('popupSave')}
        </button>
        {view.hint ? <span class="muted hint">{t('popupSaveHint')}</span> : null}
        {onKnown ? (
          <button type="button" tabIndex={-1} aria-pressed={view.known ?? false} onClick={onKnown}>
            {view.known ? t('popupKnownDone') : t('popupKnown')}
          </button>
        ) : null}
        <button type="button" tabIndex={-1} onClick={onCopy}>
          {t('popupCopy')}
        </button>
        {onSendToAnki ? <SendToAnkiButton send={onSendToAnki} /> : null}
        <SpeakButton text={view.word} label={t('popupSpeak')} />
        {view.sentence && view.sentence !== view.word ? (
          <SpeakButton
            text={view.sentence}
            label={t('popupSpeakSentence')}
            icon={
              <>
                <SpeakerIcon />…
              </>
            }
          />
        ) : null}
        <button type="button" tabIndex={-1} aria-label={t('popupClose')} onClick={onClose}>
          ×
        </button>
        <span class="keys" aria-hidden="true">
          {t('popupKeys')}
        </span>
      </footer>
      {view.status ? (
        <p class="muted" role="status">
          {view.status}
        </p>
      ) : null}
    </div>
  );
}
