/** The History tab as signals and actions: most looked-up words first, Save per row, Clear history. */
import { signal } from '@preact/signals';
import type { SaveInput, SaveOutcome } from '@/background/db/vocab-repo';
import type { LookupRecord } from '@/core/export/word-records';
import { t as msg } from '@/ui/i18n';

/** Rows the tab lists. */
export const HISTORY_ROWS = 200;

export interface HistoryStateDeps {
  fetch: (limit: number) => Promise<{ records: LookupRecord[]; enabled: boolean }>;
  clear: () => Promise<{ cleared: number }>;
  savedAmong: (words: string[]) => Promise<string[]>;
  /** What Save keeps for a word: the dictionary's reading and English (the background answers it). */
  saveInputOf: (record: LookupRecord) => Promise<SaveInput>;
  save: (input: SaveInput) => Promise<SaveOutcome>;
  onSaved?: () => void;
}

export function createHistoryState(deps: HistoryStateDeps) {
  const records = signal<LookupRecord[] | null>(null);
  const enabled = signal(true);
  const saved = signal<ReadonlySet<string>>(new Set());
  const status = signal<{ kind: 'info' | 'error'; text: string } | null>(null);

  async function run(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (e) {
      status.value = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
    }
  }
  async function reload(): Promise<void> {
    const got = await deps.fetch(HISTORY_ROWS);
    saved.value = new Set(await deps.savedAmong(got.records.map((r) => r.word)));
    records.value = got.records;
    enabled.value = got.enabled;
  }

  return {
    records,
    enabled,
    saved,
    status,
    load: () => run(reload),
    save: (record: LookupRecord) =>
      run(async () => {
        await deps.save(await deps.saveInputOf(record));
        deps.onSaved?.();
        await reload();
      }),
    clear: () =>
      run(async () => {
        const { cleared } = await deps.clear();
        status.value = { kind: 'info', text: msg('historyCleared', cleared) };
        await reload();
      }),
  };
}

export type HistoryState = ReturnType<typeof createHistoryState>;
