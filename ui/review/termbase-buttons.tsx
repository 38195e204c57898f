import { TERMBASE_FORMATS } from '@/core/export/termbase-formats';
import { t as msg } from '@/ui/i18n';
import type { ReviewState } from './review-state';

/** TBX and termbase CSV of the saved terms, for translators' tools (Trados, Phrase, memoQ, XTM). */
export function TermbaseButtons({ state, scoped }: { state: ReviewState; scoped: boolean }) {
  return (
    <>
      {TERMBASE_FORMATS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          title={msg('exportTermbaseHint')}
          onClick={() => void state.exportTermbase(format, scoped)}
        >
          {msg('exportAs', label)}
        </button>
      ))}
    </>
  );
}
