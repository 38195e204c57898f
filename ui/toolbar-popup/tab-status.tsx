import type { TabState } from '@/protocol/messages';
import { t as msg } from '@/ui/i18n';

const MESSAGES = {
  yes: 'tabStatusYes',
  no: 'tabStatusNo',
  unknown: 'tabStatusUnknown',
} as const;

export function tabStatusKind(state: TabState | null): keyof typeof MESSAGES {
  if (!state || state.hasChinese === null) return 'unknown';
  return state.hasChinese ? 'yes' : 'no';
}

export function TabStatus({ state }: { state: TabState | null }) {
  const kind = tabStatusKind(state);
  return (
    <p class="status" role="status" data-state={kind}>
      {msg(MESSAGES[kind])}
    </p>
  );
}
