import { useState } from 'preact/hooks';
import { t } from '@/ui/i18n';

/**
 * The word popup's Send to Anki (shown only while it is on in settings): saves the term and sends it; the
 * line below says what Anki did, or why it could not (Anki not running: the term is saved all the same).
 */
export function SendToAnkiButton({ send }: { send: () => Promise<string> }) {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        tabIndex={-1}
        onClick={() => {
          setStatus(t('ankiSending'));
          void send().then(setStatus);
        }}
      >
        {t('popupSendToAnki')}
      </button>
      {status ? (
        <span class="anki-status muted" role="status">
          {status}
        </span>
      ) : null}
    </>
  );
}
