import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A ref whose element gets the keyboard focus when it first appears (when `when` is true). The
 * `autofocus` attribute cannot do this: browsers honour it only once per page, when the page loads, so
 * a field opened later left focus on the button that opened it and typed letters went nowhere.
 */
export function useFocusOnMount<T extends HTMLElement>(when = true): RefObject<T> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}
