import type { ReviewState } from './review-state';

/** What just happened (deleted, exported, imported, or an error), with Undo after a delete. */
export function StatusBar({ state }: { state: ReviewState }) {
  const status = state.status.value;
  const undo = state.undoable.value;
  return (
    <div
      class="status-bar"
      role={status?.kind === 'error' ? 'alert' : 'status'}
      data-kind={status?.kind ?? 'none'}
    >
      {status && <span class="status-text">{status.text}</span>}
      {undo && (
        <button type="button" onClick={() => void state.undo()}>
          Undo
        </button>
      )}
      {status && (
        <button type="button" class="link" aria-label="Dismiss message" onClick={() => state.dismissStatus()}>
          ×
        </button>
      )}
    </div>
  );
}
