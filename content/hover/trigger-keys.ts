import type { Trigger } from './hover-deps';

/** Whether a pointer move may open a popup: always on hover; with the trigger key held otherwise. */
export function armedBy(trigger: Trigger, event: { shiftKey: boolean; altKey: boolean }): boolean {
  return (
    trigger === 'hover' || (trigger === 'shift' && event.shiftKey) || (trigger === 'alt' && event.altKey)
  );
}

/** Whether a key pressed is the trigger key (pressed with the pointer resting on a word, it opens its popup). */
export function isTriggerKey(trigger: Trigger, event: KeyboardEvent): boolean {
  return (trigger === 'shift' && event.key === 'Shift') || (trigger === 'alt' && event.key === 'Alt');
}
