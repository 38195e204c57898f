/** What the open popup's keys do. An action that returns false had nothing to do: the key stays the page's. */
export interface PopupKeyActions {
  close(): void;
  move(step: 1 | -1): void;
  /** Chooses the longer (-1) or shorter (+1) unit at the point. */
  choose(step: 1 | -1): boolean;
  save(): void;
  copy(): void;
  /** Marks the word known (content/hover/word-extras.ts). */
  known(): void;
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ''));
}

/**
 * Handles a key pressed while a popup is open: Esc closes, ←/→ move to the neighbouring unit, ↑/↓ choose a
 * longer or shorter unit at the point, S saves, C copies, K marks the word known. A key it handles goes no further (the page does
 * not see it); others, keys with a modifier and keys typed into a form field are left to the page. Returns
 * whether it handled the key.
 */
export function handlePopupKey(event: KeyboardEvent, actions: PopupKeyActions): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return false;
  const table: Record<string, () => boolean | undefined> = {
    Escape: () => void actions.close(),
    ArrowLeft: () => void actions.move(-1),
    ArrowRight: () => void actions.move(1),
    ArrowUp: () => actions.choose(-1),
    ArrowDown: () => actions.choose(1),
    s: () => void actions.save(),
    c: () => void actions.copy(),
    k: () => void actions.known(),
  };
  const action = table[event.key.length === 1 ? event.key.toLowerCase() : event.key];
  if (!action || action() === false) return false;
  event.preventDefault();
  event.stopPropagation();
  return true;
}
