import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launchHarness } from './harness';

describe('extension pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchHarness();
  });
  afterAll(async () => {
    expect(h.externalRequests()).toEqual([]);
    await h.close();
  });

  it('opens the toolbar popup page', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toContain('Tanci');
  });

  it('opens the options page with its About section', async () => {
    const options = await h.openExtensionPage('options.html');
    await expect.poll(() => options.getByRole('heading', { name: /About/ }).isVisible()).toBe(true);
  });
});
