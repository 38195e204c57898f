import { t as msg } from '@/ui/i18n';
import type { ReviewState } from './review-state';

/** What just happened (deleted, exported, imported, or an error), with Undo after a delete. */
export function StatusBar({ state }: { state: ReviewState }) {
  const status = state.status.value;
  const undo = state.undoable.value;
  return (
    // A live region rather than role="status": the popup's tab-status line already is the page's status.
    <div
      class="status-bar"
      role={status?.kind === 'error' ? 'alert' : undefined}
      aria-live="polite"
      data-kind={status?.kind ?? 'none'}
      data-testid="review-message"
    >
      {status && <span class="status-text">{status.text}</span>}
      {undo && (
        <button type="button" onClick={() => void state.undo()}>
          {msg('undo')}
        </button>
      )}
      {status && (
        <button
          type="button"
          class="link"
          aria-label={msg('dismissMessage')}
          onClick={() => state.dismissStatus()}
        >
          ×
        </button>
      )}
    </div>
  );
}
