import { h, render } from 'preact';
import { TANCI_UI_ATTRIBUTE } from '@/content/page/text-filter';
import { DEFAULT_SETTINGS, type Settings } from '@/protocol/settings/settings';
import { popupSettingsCss } from '@/ui/settings/popup-settings-css';
import { ReaderSettingsContext } from '@/ui/settings/reader-settings-context';
import { type Box, placePopup } from './popup-position';
import { POPUP_CSS } from './popup-styles';
import { WordPopup, type WordPopupProps } from './word-popup';

/** Inline `!important` declarations outrank every page rule, `* { all: unset !important }` included. */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  display: 'block',
  inset: 'auto',
  left: '0px',
  top: '0px',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  contain: 'layout style',
  'pointer-events': 'auto',
};

export interface PopupHost {
  /** Shows the popup by the word's box, where it hides the least of `text` (the paragraph's line boxes). */
  show(props: WordPopupProps, anchor: DOMRect, text?: readonly Box[]): void;
  /**
   * Lays a popup out once, unseen, and empties it again: the first real hover then finds the host in the
   * top layer, its styles parsed, the popup's code compiled and its fonts loaded. Does nothing while shown.
   */
  prepare(props: WordPopupProps): void;
  hide(): void;
  readonly visible: boolean;
  /** Whether an event target is inside the popup (pointer over it keeps it open). */
  contains(target: EventTarget | null): boolean;
  /** Takes the host out of the page for good: this host shows and prepares nothing after. */
  remove(): void;
}

/**
 * The popup's host: one element under <html>, created on first use, holding a closed shadow root with
 * the popup's own styles. It is shown as a manual popover where supported, which puts it in the top layer
 * above any page z-index; the page's DOM is otherwise left alone.
 */
export function createPopupHost(
  doc: Document = document,
  opts: {
    settings?: () => Settings;
    /** Runs a step of `prepare` later (the page's idle time); at once by default. */
    schedule?: (step: () => void) => void;
  } = {},
): PopupHost {
  const settings = opts.settings ?? (() => DEFAULT_SETTINGS);
  const schedule = opts.schedule ?? ((step: () => void) => step());
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let settingsStyle: HTMLStyleElement | null = null;
  let settingsCss = '';
  let visible = false;
  // Set by remove(), for good: the reader that owned this host is gone (Tanci turned off for the site). A
  // prepare under way then stops, and one begun later (the warmer's lookup answered after the turn-off) adds
  // nothing, instead of putting a host back in the page.
  let removed = false;

  function setStyle(el: HTMLElement, props: Record<string, string>): void {
    for (const [k, v] of Object.entries(props)) el.style.setProperty(k, v, 'important');
  }

  function ensure(): HTMLElement {
    if (host?.isConnected && mount) return mount;
    host = doc.createElement('tanci-popup');
    host.setAttribute(TANCI_UI_ATTRIBUTE, '');
    setStyle(host, { ...HOST_STYLE, display: 'none' });
    // Closed, and made in the content script's own world: page script gets null from host.shadowRoot and
    // has no other way in, so it can neither read the word looked up (or whether it is saved) nor change
    // what the popup says. Events from inside reach page listeners retargeted to the host.
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = POPUP_CSS;
    mount = doc.createElement('div');
    // The reader's settings (theme, size, tone colours), after the popup's own rules so they win.
    settingsStyle = doc.createElement('style');
    settingsCss = '';
    shadow.append(style, settingsStyle, mount);
    if ('popover' in host) host.popover = 'manual';
    doc.documentElement.append(host);
    return mount;
  }

  /** The host, in the top layer but hidden (unless a popup is shown). */
  function raise(): HTMLElement {
    const target = ensure();
    const el = host as HTMLElement;
    if (!visible) {
      setStyle(el, { display: 'block', visibility: 'hidden' });
      // The host stays in the top layer between popups: entering it restyles the page (milliseconds on
      // a long article, on every hover). It enters again only to get above a page dialog opened since.
      if (el.popover && typeof el.showPopover === 'function') {
        const open = el.matches(':popover-open');
        if (open && doc.querySelector(':modal, :popover-open:not(tanci-popup)')) el.hidePopover();
        if (!el.matches(':popover-open')) el.showPopover();
      }
    }
    return target;
  }

  /** Renders the popup into the host, which is in the top layer but still hidden. */
  function renderHidden(props: WordPopupProps): HTMLElement {
    const target = raise();
    const current = settings();
    const css = popupSettingsCss(current);
    // Re-setting the same text would restyle the whole popup on every show.
    if (settingsStyle && css !== settingsCss) {
      settingsStyle.textContent = css;
      settingsCss = css;
    }
    render(h(ReaderSettingsContext.Provider, { value: current }, h(WordPopup, props)), target);
    return target;
  }

  return {
    prepare(props) {
      // In steps, each its own short task: entering the top layer restyles the page, the first render
      // compiles the popup's code, and its first layout waits on the browser's font lookups.
      const steps = [
        () => raise(),
        () => renderHidden(props),
        () => (mount?.firstElementChild as HTMLElement | null)?.getBoundingClientRect(),
        () => mount && render(null, mount),
      ];
      const next = () => {
        const step = steps.shift();
        // A popup shown meanwhile did the same work, and is not to be emptied.
        if (!step || visible || removed) return;
        step();
        if (steps.length > 0) schedule(next);
      };
      next();
    },
    show(props, anchor, text = []) {
      if (removed) return;
      const target = renderHidden(props);
      const el = host as HTMLElement;
      visible = true;
      const box = target.firstElementChild as HTMLElement | null;
      const win = doc.defaultView;
      if (!box || !win) return;
      box.style.maxHeight = '';
      box.style.width = '';
      const size = box.getBoundingClientRect();
      const place = placePopup(
        anchor,
        { width: size.width, height: size.height },
        { width: win.innerWidth, height: win.innerHeight },
        text,
      );
      box.style.maxHeight = `${place.maxHeight}px`;
      if (place.width < size.width) box.style.width = `${place.width}px`;
      setStyle(el, { left: `${place.left}px`, top: `${place.top}px`, visibility: 'visible' });
    },
    hide() {
      if (!visible || !host || !mount) return;
      visible = false;
      // Hidden in place (see show): invisible, empty, and never under the pointer.
      setStyle(host, { visibility: 'hidden' });
      render(null, mount);
    },
    get visible() {
      return visible;
    },
    contains(target) {
      return !!host && target instanceof Node && (target === host || host.contains(target));
    },
    remove() {
      removed = true;
      if (mount) render(null, mount);
      host?.remove();
      host = null;
      mount = null;
      visible = false;
    },
  };
}
