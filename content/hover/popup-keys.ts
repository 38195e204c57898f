/** What the open popup's keys do. */
export interface PopupKeyActions {
  close(): void;
  move(step: 1 | -1): void;
  save(): void;
  copy(): void;
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ''));
}

/**
 * Handles a key pressed while a popup is open: Esc closes, ←/→ move to the neighbouring word, S saves,
 * C copies. A key it handles goes no further (the page does not see it); others, keys with a modifier
 * and keys typed into a form field are left to the page. Returns whether it handled the key.
 */
export function handlePopupKey(event: KeyboardEvent, actions: PopupKeyActions): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return false;
  const table: Record<string, () => void> = {
    Escape: actions.close,
    ArrowLeft: () => actions.move(-1),
    ArrowRight: () => actions.move(1),
    s: actions.save,
    c: actions.copy,
  };
  const action = table[event.key.length === 1 ? event.key.toLowerCase() : event.key];
  if (!action) return false;
  event.preventDefault();
  event.stopPropagation();
  action();
  return true;
}
