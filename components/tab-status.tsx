import type { TabState } from '@/utils/messaging';

const MESSAGES = {
  yes: 'Chinese text found on this page: hover a word to read it.',
  no: 'No Chinese text on this page.',
  unknown: 'Tanci cannot read this page (browser pages and the extension gallery are closed to extensions).',
} as const;

export function tabStatusKind(state: TabState | null): keyof typeof MESSAGES {
  if (!state || state.hasChinese === null) return 'unknown';
  return state.hasChinese ? 'yes' : 'no';
}

export function TabStatus({ state }: { state: TabState | null }) {
  const kind = tabStatusKind(state);
  return (
    <p class="status" role="status" data-state={kind}>
      {MESSAGES[kind]}
    </p>
  );
}
