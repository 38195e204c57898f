/**
 * The popup's closed shadow root reached through the DOM domain of the same CDP session as popup-driver.ts,
 * for what no accessible role expresses and for pages too large for the accessibility tree.
 */
import type { Frame, Page } from 'playwright-core';
import { exclusive, GROUP } from './popup-driver';

interface DomNode {
  nodeName: string;
  localName?: string;
  documentURL?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/**
 * Runs `fn` with the popup's closed shadow root of one frame (any frame of the page, iframes included) and
 * returns its value, or null when that frame has no popup host. For checks no accessible role expresses
 * (layout boxes, fonts, a style sheet) and for pages so large that building their accessibility tree would
 * be the test's main cost (a 1 MiB text node). The root is reached through the DOM domain, which pierces
 * closed shadow roots; `fn` runs in the frame's page world with the root as its first argument, so it
 * must be self-contained (its source is sent).
 */
export async function evaluateInPopupRoot<R, A>(
  page: Page,
  frame: Frame,
  fn: (root: ShadowRoot, arg: A) => R,
  arg: A,
): Promise<R | null> {
  return exclusive(page, async (s) => {
    const { root } = (await s.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const url = frame.url();
    let shadow: DomNode | undefined;
    const visit = (node: DomNode, doc: string): void => {
      const here = node.nodeName === '#document' ? (node.documentURL ?? doc) : doc;
      if (node.localName === 'tanci-popup' && here === url) shadow ??= node.shadowRoots?.[0];
      for (const child of node.children ?? []) visit(child, here);
      for (const child of node.shadowRoots ?? []) visit(child, here);
      if (node.contentDocument) visit(node.contentDocument, here);
    };
    visit(root, '');
    if (!shadow) return null;
    const { object } = await s.cdp.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      objectGroup: GROUP,
    });
    if (!object.objectId) return null;
    const out = await s.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (out.exceptionDetails) {
      throw new Error(out.exceptionDetails.exception?.description ?? out.exceptionDetails.text);
    }
    return out.result.value as R;
  });
}

/** The word of the popup shown in the frame (its dialog's accessible name), or null when none is shown. */
export function shownPopupWord(page: Page, frame: Frame = page.mainFrame()): Promise<string | null> {
  return evaluateInPopupRoot(
    page,
    frame,
    (root) => {
      const dialog = root.querySelector('[role="dialog"]');
      const host = root.host as HTMLElement;
      if (!dialog || getComputedStyle(host).visibility !== 'visible') return null;
      return dialog.getAttribute('aria-label');
    },
    null,
  );
}
