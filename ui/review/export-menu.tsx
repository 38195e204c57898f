import { useState } from 'preact/hooks';
import { EXPORT_FORMATS } from '@/core/export';
import { TERMBASE_FORMATS } from '@/core/export/termbase-formats';
import { t as msg } from '@/ui/i18n';
import type { ReviewState } from './review-state';

/**
 * One button per format, the saved-list formats then the termbases for translators' tools (Trados, Phrase,
 * memoQ, XTM); with a search or filter active, the reader chooses all terms or only those shown.
 */
export function ExportMenu({ state }: { state: ReviewState }) {
  const [onlyShown, setOnlyShown] = useState(true);
  const total = state.items.value.length;
  const filtered = state.filtered.value;
  const count = state.visible.value.length;
  const scoped = filtered && onlyShown;
  return (
    <fieldset class="export-menu" disabled={total === 0}>
      <legend>
        {scoped
          ? count === 1
            ? msg('exportShownOne')
            : msg('exportShown', count)
          : total === 1
            ? msg('exportOne')
            : msg('exportAll', total)}
      </legend>
      {filtered && (
        <label class="export-scope">
          <input
            type="checkbox"
            checked={onlyShown}
            onChange={(e) => setOnlyShown(e.currentTarget.checked)}
          />
          {msg('exportOnlyShown')}
        </label>
      )}
      <div class="buttons">
        {EXPORT_FORMATS.map(({ format, label }) => (
          <button key={format} type="button" onClick={() => state.exportAs(format, scoped)}>
            {msg('exportAs', label)}
          </button>
        ))}
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
      </div>
    </fieldset>
  );
}
