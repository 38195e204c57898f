import { useRef } from 'preact/hooks';
import { IMPORT_MAX_BYTES } from '@/core/export/types';
import { t as msg } from '@/ui/i18n';
import type { ReviewState } from './review-state';

/** "Import…" opens the file chooser; the file is read here and handed to the state as text. */
export function ImportButton({ state }: { state: ReviewState }) {
  const input = useRef<HTMLInputElement>(null);
  async function onChange(e: Event) {
    const el = e.currentTarget as HTMLInputElement;
    const file = el.files?.[0];
    el.value = '';
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      state.status.value = { kind: 'error', text: msg('importTooLarge', file.name) };
      return;
    }
    await state.importFile(file.name, await file.text());
  }
  return (
    <span class="import">
      <button type="button" onClick={() => input.current?.click()}>
        {msg('importButton')}
      </button>
      <input
        ref={input}
        type="file"
        class="visually-hidden"
        tabIndex={-1}
        accept=".json,.csv,.tbx,application/json,text/csv"
        aria-label={msg('importLabel')}
        onChange={onChange}
      />
    </span>
  );
}
