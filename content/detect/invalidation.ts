/**
 * When the extension is reloaded, updated or removed, the content script already in a page keeps running
 * with a dead connection (`runtime.id` is gone): its marks and popup must go. Checked when the page becomes
 * visible again or a message to the extension fails (`check`), never on a timer, so an idle page pays
 * nothing. A page cannot fake this: it only reads the content script's own runtime.
 */
export function watchInvalidation(
  runtime: { readonly id?: string },
  doc: Document = document,
): { onInvalidated: (cb: () => void) => void; check: () => boolean } {
  const callbacks: (() => void)[] = [];
  let invalid = false;
  function check(): boolean {
    if (invalid) return true;
    let id: string | undefined;
    try {
      id = runtime.id;
    } catch {
      id = undefined;
    }
    if (id) return false;
    invalid = true;
    doc.removeEventListener('visibilitychange', onVisibility);
    for (const cb of callbacks.splice(0)) {
      try {
        cb();
      } catch (error) {
        console.error(error);
      }
    }
    return true;
  }
  function onVisibility(): void {
    if (doc.visibilityState === 'visible') check();
  }
  doc.addEventListener('visibilitychange', onVisibility);
  return {
    onInvalidated(cb) {
      if (invalid) cb();
      else callbacks.push(cb);
    },
    check,
  };
}
