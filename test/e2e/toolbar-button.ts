import type { CDPSession, Page } from 'playwright-core';
import type { Harness } from './harness';

type TargetInfo = { targetId: string; type: string; url: string };

/** The popup window the toolbar button opened. Playwright does not attach to it: it is driven over CDP. */
export interface ToolbarPopup {
  /** The value of a JavaScript expression evaluated in the popup (promises are awaited). */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function targets(cdp: CDPSession, filter?: object[]): Promise<TargetInfo[]> {
  const params = filter ? { filter } : {};
  return ((await cdp.send('Target.getTargets', params as never)) as { targetInfos: TargetInfo[] })
    .targetInfos;
}

/**
 * Presses Tanci's toolbar button on a page's tab, as a person would (CDP Extensions.triggerAction; the
 * harness starts Chromium with --enable-unsafe-extension-debugging): the browser grants the extension
 * activeTab on that tab and opens the popup, which is returned.
 */
export async function clickToolbarButton(harness: Harness, page: Page): Promise<ToolbarPopup> {
  const browser = harness.context.browser();
  if (!browser) throw new Error('no browser connection to press the toolbar button with');
  const cdp = await browser.newBrowserCDPSession();
  const tab = (await targets(cdp, [{ type: 'tab' }])).find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab shows ${page.url()}`);
  await cdp.send(
    'Extensions.triggerAction' as never,
    { id: harness.extensionId, targetId: tab.targetId } as never,
  );
  const url = `chrome-extension://${harness.extensionId}/popup.html`;
  let popup: TargetInfo | undefined;
  for (let i = 0; i < 100 && !popup; i++) {
    popup = (await targets(cdp)).find((t) => t.url === url);
    if (!popup) await sleep(100);
  }
  if (!popup) throw new Error('the toolbar button opened no popup');
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: popup.targetId,
    flatten: false,
  })) as { sessionId: string };
  const replies = new Map<number, (reply: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget' as never, (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number };
    if (reply.id !== undefined) replies.get(reply.id)?.(reply);
  });
  let next = 0;
  const { targetId } = popup;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const id = ++next;
      const reply = new Promise<unknown>((resolve) => replies.set(id, resolve));
      const params = { expression, returnByValue: true, awaitPromise: true };
      await cdp.send(
        'Target.sendMessageToTarget' as never,
        {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
        } as never,
      );
      const { result, error } = (await reply) as {
        result?: { result?: { value?: T }; exceptionDetails?: { text: string } };
        error?: { message: string };
      };
      if (error || result?.exceptionDetails) {
        throw new Error(`in the popup: ${error?.message ?? result?.exceptionDetails?.text}`);
      }
      return result?.result?.value as T;
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
      await cdp.detach();
    },
  };
}
