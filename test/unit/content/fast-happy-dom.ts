/** Speed-ups for happy-dom in the generated-pages test (thousands of pages in seconds). */

/**
 * The page's zero-delay timers (the reader's pump, idle slices where requestIdleCallback is missing, a
 * hover delay of 0) run at the next turn of the event loop instead of Node's 1 ms minimum, and are
 * counted, so that "nothing left to do" is known exactly and thousands of pages run in seconds.
 */
export const shortTimers = new Map<number, NodeJS.Immediate>();
let nextTimer = 1_000_000_000;
export const realSetTimeout = window.setTimeout;
export const realClearTimeout = window.clearTimeout;
export function fastSetTimeout(fn: TimerHandler, delay = 0, ...args: unknown[]): number {
  if (delay > 1 || typeof fn !== 'function') return realSetTimeout(fn, delay, ...args);
  const id = nextTimer++;
  shortTimers.set(
    id,
    setImmediate(() => {
      shortTimers.delete(id);
      fn(...args);
    }),
  );
  return id;
}
export function fastClearTimeout(id?: number): void {
  const immediate = id === undefined ? undefined : shortTimers.get(id);
  if (immediate === undefined) {
    realClearTimeout(id);
    return;
  }
  clearImmediate(immediate);
  shortTimers.delete(id as number);
}

/**
 * happy-dom re-parses an element's whole style attribute on every `style.setProperty` (a third of this
 * test's time went there). Tanci's own elements (the popup host, and the `<rt>` of inline pinyin; the
 * generated pages have no `<rt>` of their own) get a plain style object instead. Page elements keep the
 * real one, so a style Tanci wrongly set on the page would still show in the serialisation.
 */
export function fastStylesForTanci(): void {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'style');
  const realStyle = descriptor?.get;
  if (!realStyle) return;
  const styles = new WeakMap<Element, Record<string, unknown>>();
  const plainStyle = (): Record<string, unknown> => {
    const values = new Map<string, string>();
    return {
      setProperty: (name: string, value: string) => void values.set(name, value),
      removeProperty: (name: string) => void values.delete(name),
      getPropertyValue: (name: string) => values.get(name) ?? '',
    };
  };
  Object.defineProperty(HTMLElement.prototype, 'style', {
    ...descriptor,
    get(this: HTMLElement) {
      if (this.tagName !== 'TANCI-POPUP' && this.tagName !== 'RT') return realStyle.call(this);
      let style = styles.get(this);
      if (!style) {
        style = plainStyle();
        styles.set(this, style);
      }
      return style;
    },
  });
}
