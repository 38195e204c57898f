import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPopupHost } from '@/content/popup/popup-host';
import type { WordPopupProps } from '@/content/popup/word-popup';
import { recordShadowRoots, shadowRootOf } from '../../closed-shadow-roots';
import { useLocale } from '../../use-locale';

useLocale('en');

const props = (word: string): WordPopupProps => ({
  view: { word, pinyin: 'shuāng kòng', tones: [1, 4], info: null, nearby: [], saved: false },
  onSave: () => undefined,
  onCopy: () => undefined,
  onClose: () => undefined,
});
const anchor = {
  left: 100,
  top: 100,
  right: 130,
  bottom: 120,
  width: 30,
  height: 20,
  x: 100,
  y: 100,
} as DOMRect;
recordShadowRoots();
const hostEl = () => document.querySelector('tanci-popup') as HTMLElement;
const dialog = () => shadowRootOf(hostEl())?.querySelector('[role=dialog]');

afterEach(() => {
  for (const el of document.querySelectorAll('tanci-popup')) el.remove();
  vi.restoreAllMocks();
});

describe('createPopupHost', () => {
  it('adds nothing to the page before the first popup', () => {
    createPopupHost(document);
    expect(hostEl()).toBeNull();
  });

  it("keeps the popup in a closed shadow root: the page's host.shadowRoot is null", () => {
    const host = createPopupHost(document);
    host.show(props('双控'), anchor);
    expect(hostEl().shadowRoot).toBeNull();
    // What the page can query from the document reaches the host, never the dialog inside it.
    expect(document.querySelector('[role=dialog]')).toBeNull();
    expect(dialog()?.getAttribute('aria-label')).toBe('双控');
  });

  it('shows the popup, then hides it in place: empty and invisible, the host kept for the next word', () => {
    const host = createPopupHost(document);
    host.show(props('双控'), anchor);
    expect(host.visible).toBe(true);
    expect(dialog()?.getAttribute('aria-label')).toContain('双控');
    expect(hostEl().style.getPropertyValue('visibility')).toBe('visible');
    const first = hostEl();
    host.hide();
    expect(host.visible).toBe(false);
    expect(dialog()).toBeFalsy();
    expect(hostEl().style.getPropertyValue('visibility')).toBe('hidden');
    host.show(props('两高'), anchor);
    expect(hostEl()).toBe(first);
    expect(document.querySelectorAll('tanci-popup')).toHaveLength(1);
    expect(dialog()?.getAttribute('aria-label')).toContain('两高');
  });

  it('prepares a popup unseen: laid out once, then empty and hidden, and never over a shown one', () => {
    const host = createPopupHost(document);
    let rendered = 0;
    const spy = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      if (this.getRootNode() !== document && this.textContent?.includes('双控')) rendered++;
      return anchor;
    });
    host.prepare(props('双控'));
    expect(rendered).toBe(1);
    expect(host.visible).toBe(false);
    expect(dialog()).toBeFalsy();
    expect(hostEl().style.getPropertyValue('visibility')).toBe('hidden');
    host.show(props('两高'), anchor);
    host.prepare(props('双控'));
    expect(rendered).toBe(1);
    expect(dialog()?.getAttribute('aria-label')).toContain('两高');
    spy.mockRestore();
  });

  it('prepares in steps on the given schedule, and stops when a popup is shown or the host removed', () => {
    const queue: (() => void)[] = [];
    const run = () => {
      while (queue.length > 0) queue.shift()?.();
    };
    const host = createPopupHost(document, { schedule: (step) => void queue.push(step) });
    host.prepare(props('双控'));
    expect(hostEl()).toBeTruthy();
    expect(dialog()).toBeFalsy();
    queue.shift()?.();
    expect(dialog()?.getAttribute('aria-label')).toContain('双控');
    expect(hostEl().style.getPropertyValue('visibility')).toBe('hidden');
    host.show(props('两高'), anchor);
    run();
    expect(dialog()?.getAttribute('aria-label')).toContain('两高');
    host.hide();
    host.prepare(props('双控'));
    host.remove();
    run();
    expect(hostEl()).toBeNull();
  });

  it('puts nothing back in the page once removed: a late prepare or show of the reader turned off', () => {
    const host = createPopupHost(document);
    host.show(props('两高'), anchor);
    host.remove();
    // The warmer's dictionary answer can come after Tanci was turned off for the site.
    host.prepare(props('双控'));
    host.show(props('两高'), anchor);
    expect(document.querySelector('tanci-popup')).toBeNull();
    expect(host.visible).toBe(false);
  });

  it('enters the top layer once, not on every word', () => {
    const show = vi.fn(function (this: HTMLElement) {
      this.setAttribute('data-open', '');
    });
    const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
    const had = 'popover' in proto;
    if (!had)
      Object.defineProperty(proto, 'popover', { configurable: true, get: () => 'manual', set: () => {} });
    const matches = vi.spyOn(Element.prototype, 'matches').mockImplementation(function (
      this: Element,
      selector: string,
    ) {
      return selector === ':popover-open' ? this.hasAttribute('data-open') : false;
    });
    Object.assign(proto, { showPopover: show, hidePopover: vi.fn() });
    try {
      const host = createPopupHost(document);
      for (const word of ['双控', '两高', '碳达峰']) {
        host.show(props(word), anchor);
        host.hide();
      }
      expect(show).toHaveBeenCalledTimes(1);
    } finally {
      matches.mockRestore();
      delete proto.showPopover;
      delete proto.hidePopover;
      if (!had) delete proto.popover;
    }
  });
});
