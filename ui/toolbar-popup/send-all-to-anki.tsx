import { useState } from 'preact/hooks';
import { sendMessage } from '@/protocol/messages';
import { ankiErrorText, ankiReplyText } from '@/ui/anki-reply-text';
import { t } from '@/ui/i18n';
import { useAnkiEnabled } from '@/ui/use-anki-enabled';

/** "Send all saved to Anki", shown once Send to Anki is on: Anki adds what it lacks and reports the rest. */
export function SendAllToAnki() {
  const enabled = useAnkiEnabled();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  if (!enabled) return null;
  async function send() {
    setBusy(true);
    setStatus(t('ankiSending'));
    try {
      setStatus(ankiReplyText(await sendMessage('sendToAnki', {})));
    } catch (e) {
      setStatus(ankiErrorText(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="send-to-anki">
      <button type="button" disabled={busy} onClick={() => void send()}>
        {t('sendAllToAnki')}
      </button>
      <span role="status" data-testid="anki-status">
        {status}
      </span>
    </div>
  );
}
