import type { AnkiReply, ProtocolMap } from '@/protocol/messages';
import { t } from '@/ui/i18n';

/** What a Send to Anki reply says to the reader, in the interface language. */
export function ankiReplyText(reply: ReturnType<ProtocolMap['sendToAnki']> | AnkiReply<object>): string {
  if (!reply.ok) {
    switch (reply.problem) {
      case 'off':
        return t('ankiOff');
      case 'unreachable':
        return t('ankiNotRunning');
      case 'version':
        return t('ankiOldVersion', reply.detail);
      case 'anki':
        return t('ankiFailed', reply.detail);
    }
  }
  const r = reply as { added?: number; duplicates?: number };
  return t('ankiSent', [r.added ?? 0, r.duplicates ?? 0]);
}

/** Sending failed before any reply (the background could not be reached): the same words as Anki being off. */
export function ankiErrorText(e: unknown): string {
  return t('ankiFailed', e instanceof Error ? e.message : String(e));
}
