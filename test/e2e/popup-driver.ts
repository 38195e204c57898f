/**
 * Drives Tanci's word popup in an end-to-end test as a person would: finds it by its accessible role and
 * name, reads what it shows, and clicks its buttons with the real mouse.
 *
 * Why a driver: the popup lives in a CLOSED shadow root made in the content script's world, so page script
 * cannot read it, and neither can Playwright's locators (they run as page script). The browser's own
 * accessibility tree sees through closed roots, as a screen reader does, and so does the Chrome DevTools
 * Protocol this driver speaks (one CDP session per page). Nothing in the extension helps it: there is no
 * test hook to ship.
 *
 * API (a subset of Playwright's Locator; every locator is lazy and found again on each call):
 *
 *   import { popupOf, resetPointer } from './popup-driver';
 *   const dialog = popupOf(page).getByRole('dialog', { name: '两高' });  // name optional: any popup
 *   await dialog.waitFor();                           // visible; { state: 'hidden' }, { timeout } too
 *   await dialog.textContent();                       // waits for it (strict: one match), then reads
 *   await dialog.getAttribute('aria-label');
 *   await dialog.count();                             // how many match now, no waiting (0 or 1 here)
 *   await dialog.isVisible();
 *   await dialog.getByRole('button', { name: 'Save', exact: true }).click();   // a trusted mouse click
 *   await dialog.getByRole('button', { name: 'Saved' }).waitFor();
 *   await dialog.locator('.reading').allTextContents();        // CSS inside the popup, chained as usual:
 *   await dialog.locator('.reading').nth(1).locator('li').count();
 *   await dialog.evaluate((el, arg) => getComputedStyle(el).color, arg);  // el: the real element
 *   await resetPointer(page);   // mouse to a neutral corner, no popup left open (hoverWord calls it)
 *
 * Matching follows Playwright: `getByRole` sees only what the accessibility tree exposes, so a popup laid
 * out unseen ahead of use (popup-host `prepare`, visibility: hidden) or hidden after use never matches;
 * `name` is a case-insensitive substring unless `exact: true` (whole, case-sensitive) or a RegExp.
 * `locator(css)` matches hidden elements too, as Playwright's does. Single-element calls (waitFor,
 * textContent, getAttribute, click, evaluate) throw when more than one element matches.
 *
 * Scope: the popup of the page's top frame (the hosts `tanci-popup` under its <html>). Chromium only (CDP).
 */
import type { CDPSession, Page } from 'playwright-core';

export type RoleOptions = { name?: string | RegExp; exact?: boolean };
type Step =
  | { kind: 'role'; role: string; name?: string | RegExp; exact?: boolean }
  | { kind: 'css'; selector: string }
  | { kind: 'nth'; index: number };
type WaitOptions = { state?: 'visible' | 'hidden'; timeout?: number };

const DEFAULT_TIMEOUT = 30_000;
const POLL_MS = 50;
export const GROUP = 'tanci-popup-driver';

interface Session {
  cdp: CDPSession;
  /** An isolated world of the driver's own: page script that replaced DOM methods cannot fool it. */
  world: number | null;
  /** One resolution at a time: DOM.getDocument invalidates the node ids of a resolution under way. */
  queue: Promise<unknown>;
}
const sessions = new WeakMap<Page, Promise<Session>>();

function sessionOf(page: Page): Promise<Session> {
  let s = sessions.get(page);
  if (!s) {
    s = page
      .context()
      .newCDPSession(page)
      .then((cdp) => ({ cdp, world: null, queue: Promise.resolve() }));
    sessions.set(page, s);
  }
  return s;
}

/** Runs `work` alone on the page's session and releases the remote objects it made. */
export async function exclusive<T>(page: Page, work: (s: Session) => Promise<T>): Promise<T> {
  const s = await sessionOf(page);
  const run = s.queue.then(async () => {
    try {
      return await work(s);
    } finally {
      await s.cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => undefined);
    }
  });
  s.queue = run.catch(() => undefined);
  return run;
}

async function worldOf(s: Session): Promise<number> {
  if (s.world !== null) return s.world;
  const { frameTree } = await s.cdp.send('Page.getFrameTree');
  const { executionContextId } = await s.cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: GROUP,
  });
  s.world = executionContextId;
  return executionContextId;
}

/** A remote object for a node, in the driver's world (made again after a navigation destroyed it). */
async function objectOf(s: Session, backendNodeId: number): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      const executionContextId = await worldOf(s);
      const { object } = await s.cdp.send('DOM.resolveNode', {
        backendNodeId,
        executionContextId,
        objectGroup: GROUP,
      });
      if (!object.objectId) throw new Error(`node ${backendNodeId} has no object`);
      return object.objectId;
    } catch (error) {
      if (attempt > 0 || !/context/i.test(String(error))) throw error;
      s.world = null;
    }
  }
}

/** Calls `fn` (source text, `this` the element) on a node in the driver's world; returns its value. */
async function callOn<T>(s: Session, backendNodeId: number, fn: string, args: unknown[] = []): Promise<T> {
  const out = await s.cdp.send('Runtime.callFunctionOn', {
    objectId: await objectOf(s, backendNodeId),
    functionDeclaration: fn,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  });
  if (out.exceptionDetails) {
    throw new Error(out.exceptionDetails.exception?.description ?? out.exceptionDetails.text);
  }
  return out.result.value as T;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function nameMatches(actual: string, step: Extract<Step, { kind: 'role' }>): boolean {
  const { name, exact } = step;
  if (name === undefined) return true;
  if (name instanceof RegExp) return name.test(actual);
  if (exact) return normalise(actual) === normalise(name);
  return normalise(actual).toLowerCase().includes(normalise(name).toLowerCase());
}

/** The popup hosts under the top frame's <html>: where every search starts. */
async function hosts(s: Session): Promise<number[]> {
  const { root } = await s.cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await s.cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: 'tanci-popup',
  });
  const out: number[] = [];
  for (const nodeId of nodeIds)
    out.push((await s.cdp.send('DOM.describeNode', { nodeId })).node.backendNodeId);
  return out;
}

async function applyStep(s: Session, nodes: number[], step: Step): Promise<number[]> {
  if (step.kind === 'nth') {
    const node = step.index < 0 ? nodes[nodes.length + step.index] : nodes[step.index];
    return node === undefined ? [] : [node];
  }
  const out: number[] = [];
  for (const backendNodeId of nodes) {
    if (step.kind === 'role') {
      // The accessibility tree leaves out what is not shown (ignored), as Playwright's getByRole does.
      const { nodes: found } = await s.cdp.send('Accessibility.queryAXTree', {
        backendNodeId,
        role: step.role,
      });
      for (const n of found) {
        if (n.ignored || n.backendDOMNodeId === undefined) continue;
        if (nameMatches(String(n.name?.value ?? ''), step)) out.push(n.backendDOMNodeId);
      }
      continue;
    }
    const { result } = await s.cdp.send('Runtime.callFunctionOn', {
      objectId: await objectOf(s, backendNodeId),
      functionDeclaration: 'function (selector) { return [...this.querySelectorAll(selector)]; }',
      arguments: [{ value: step.selector }],
      objectGroup: GROUP,
    });
    if (!result.objectId) continue;
    const { result: items } = await s.cdp.send('Runtime.getProperties', {
      objectId: result.objectId,
      ownProperties: true,
    });
    const elements = items
      .filter((p) => /^\d+$/.test(p.name) && p.value?.objectId)
      .sort((a, b) => Number(a.name) - Number(b.name));
    for (const p of elements) {
      const { node } = await s.cdp.send('DOM.describeNode', { objectId: p.value?.objectId as string });
      out.push(node.backendNodeId);
    }
  }
  // One element reached along two paths (nested matches) counts once.
  return [...new Set(out)];
}

async function resolve(s: Session, steps: readonly Step[]): Promise<number[]> {
  // Only a shown host can hold a visible popup; asking the accessibility tree makes Chromium build it for
  // the whole document (seconds on a 1 MiB text node), so it is asked only once a popup is shown.
  let nodes: number[] = [];
  for (const host of await hosts(s)) if (await callOn<boolean>(s, host, IS_VISIBLE)) nodes.push(host);
  for (const step of steps) {
    if (nodes.length === 0) return [];
    nodes = await applyStep(s, nodes, step);
  }
  return nodes;
}

const IS_VISIBLE = `function () {
  const box = this.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(this).visibility === 'visible';
}`;

function describe(steps: readonly Step[]): string {
  return steps
    .map((step) => {
      if (step.kind === 'css') return `locator(${JSON.stringify(step.selector)})`;
      if (step.kind === 'nth') return `nth(${step.index})`;
      const name =
        step.name === undefined
          ? ''
          : `, name: ${step.name instanceof RegExp ? step.name : JSON.stringify(step.name)}`;
      return `getByRole('${step.role}'${name}${step.exact ? ', exact' : ''})`;
    })
    .join('.');
}

export interface PopupLocator {
  getByRole(role: string, options?: RoleOptions): PopupLocator;
  locator(selector: string): PopupLocator;
  nth(index: number): PopupLocator;
  first(): PopupLocator;
  /** How many elements match now (no waiting). */
  count(): Promise<number>;
  isVisible(): Promise<boolean>;
  waitFor(options?: WaitOptions): Promise<void>;
  textContent(options?: { timeout?: number }): Promise<string | null>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  allTextContents(): Promise<string[]>;
  /** Moves the real mouse to the element's centre and clicks there, once nothing else covers that point. */
  click(options?: { timeout?: number }): Promise<void>;
  /** Runs `fn(element, arg)` in the page (an isolated world of the driver's own); returns its value. */
  evaluate<R, A = undefined>(fn: (element: HTMLElement, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

function locatorFor(page: Page, steps: readonly Step[]): PopupLocator {
  const what = () => `popupOf(page).${describe(steps)}`;
  const matches = () => exclusive(page, (s) => resolve(s, steps));

  /** Polls until `done` says yes (returning its value), or throws after `timeout`. */
  async function until<T>(
    timeout: number,
    done: (s: Session, nodes: number[], why: (reason: string) => undefined) => Promise<T | undefined>,
  ) {
    const end = Date.now() + timeout;
    let last = '';
    const why = (reason: string) => {
      last = reason;
      return undefined;
    };
    for (;;) {
      try {
        last = '';
        const value = await exclusive(page, async (s) => done(s, await resolve(s, steps), why));
        if (value !== undefined) return value;
      } catch (error) {
        if (/strict mode/.test(String(error))) throw error;
        // A navigation or a re-render between two protocol calls: look again.
        last = String(error);
      }
      if (Date.now() > end) throw new Error(`${what()}: ${last || 'not found'} within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  const strict = (nodes: number[]) => {
    if (nodes.length > 1)
      throw new Error(`strict mode violation: ${what()} matches ${nodes.length} elements`);
    return nodes[0];
  };

  /** The one matching element, waited for; `read` gets its node. */
  const one = <T>(timeout: number | undefined, read: (s: Session, node: number) => Promise<T>) =>
    until(timeout ?? DEFAULT_TIMEOUT, async (s, nodes) => {
      const node = strict(nodes);
      return node === undefined ? undefined : { value: await read(s, node) };
    }).then((box) => box.value);

  return {
    getByRole: (role, options = {}) => locatorFor(page, [...steps, { kind: 'role', role, ...options }]),
    locator: (selector) => locatorFor(page, [...steps, { kind: 'css', selector }]),
    nth: (index) => locatorFor(page, [...steps, { kind: 'nth', index }]),
    first: () => locatorFor(page, [...steps, { kind: 'nth', index: 0 }]),
    count: async () => (await matches()).length,
    isVisible: () =>
      exclusive(page, async (s) => {
        const node = strict(await resolve(s, steps));
        return node !== undefined && (await callOn<boolean>(s, node, IS_VISIBLE));
      }),
    async waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT } = {}) {
      await until(timeout, async (s, nodes) => {
        const node = strict(nodes);
        const shown = node !== undefined && (await callOn<boolean>(s, node, IS_VISIBLE));
        return shown === (state === 'visible') ? true : undefined;
      });
    },
    textContent: (options) =>
      one(options?.timeout, (s, node) =>
        callOn<string | null>(s, node, 'function () { return this.textContent; }'),
      ),
    getAttribute: (name, options) =>
      one(options?.timeout, (s, node) =>
        callOn<string | null>(s, node, 'function (name) { return this.getAttribute(name); }', [name]),
      ),
    allTextContents: () =>
      exclusive(page, async (s) => {
        const out: string[] = [];
        for (const node of await resolve(s, steps)) {
          out.push((await callOn<string | null>(s, node, 'function () { return this.textContent; }')) ?? '');
        }
        return out;
      }),
    async click(options) {
      const point = await until(options?.timeout ?? DEFAULT_TIMEOUT, async (s, nodes, why) => {
        const node = strict(nodes);
        if (node === undefined) return undefined;
        // As Playwright does: into view first (the popup scrolls within its max-height on a short window).
        await s.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node });
        const box = await callOn<{ x: number; y: number; w: number; h: number }>(
          s,
          node,
          'function () { const r = this.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; }',
        );
        if (box.w <= 0 || box.h <= 0) return why('an empty box');
        const x = box.x + box.w / 2;
        const y = box.y + box.h / 2;
        // Clickable only where the element itself (or its text) is what the pointer would hit.
        const hit = await s.cdp.send('DOM.getNodeForLocation', { x: Math.round(x), y: Math.round(y) });
        const target = await objectOf(s, hit.backendNodeId);
        const own = await s.cdp.send('Runtime.callFunctionOn', {
          objectId: await objectOf(s, node),
          functionDeclaration: 'function (other) { return this === other || this.contains(other); }',
          arguments: [{ objectId: target }],
          returnByValue: true,
        });
        if (own.result.value === true) return { x, y };
        const { node: other } = await s.cdp.send('DOM.describeNode', { backendNodeId: hit.backendNodeId });
        return why(`covered at (${x}, ${y}) by <${other.nodeName.toLowerCase()}>`);
      });
      await page.mouse.click(point.x, point.y);
    },
    evaluate: <R, A>(fn: (element: HTMLElement, arg: A) => R | Promise<R>, arg?: A) =>
      one(undefined, (s, node) =>
        callOn<R>(s, node, `function (arg) { return (${fn.toString()})(this, arg); }`, [arg]),
      ),
  };
}

/** The word popup of `page`'s top frame; start with `.getByRole('dialog', { name })`. */
export function popupOf(page: Page): Pick<PopupLocator, 'getByRole'> {
  return { getByRole: (role, options) => locatorFor(page, []).getByRole(role, options) };
}

/**
 * Leaves no state from an earlier step: the mouse moves to the viewport's top-left corner (no text there
 * on any fixture) and any popup still shown is closed (it hides itself once the pointer has left it;
 * Escape, the reader's own key, if it stays). Tests then never depend on where an earlier step left the
 * pointer or what it left open.
 */
export async function resetPointer(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  const shown = popupOf(page).getByRole('dialog');
  if ((await shown.count()) === 0) return;
  // Esc closes it at once, whether a hover opened it (it would close after its grace) or a click or key did.
  await page.keyboard.press('Escape');
  await shown.waitFor({ state: 'hidden' });
}
