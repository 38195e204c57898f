/**
 * The popup's shadow root is closed (content/popup/popup-host.ts): `host.shadowRoot` is null, as it
 * is for page script. Unit tests look inside through the roots recorded as they are attached, from the
 * test's side; nothing in the product helps (no test hook ships).
 */
const roots = new WeakMap<Element, ShadowRoot>();
let recording = false;

/** Records every shadow root attached from now on in this test file's window, closed ones included. */
export function recordShadowRoots(): void {
  if (recording) return;
  recording = true;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
}

/** An element's shadow root, open or closed (closed ones only if attached while recording). */
export function shadowRootOf(host: Element | null | undefined): ShadowRoot | null {
  if (!host) return null;
  return host.shadowRoot ?? roots.get(host) ?? null;
}
