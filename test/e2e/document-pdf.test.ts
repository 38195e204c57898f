/**
 * PDFs in Tanci's reader page (document.html): a PDF printed by Chromium in the test opens through the file
 * chooser, its pages show as sections labelled with their number, hovering a policy term there shows its
 * dialog, and Save records the file name and page. A PDF with no text and a file that is not a PDF get a
 * message. The harness fails the test if any request leaves 127.0.0.1 (pdf.js, its worker and the CMaps
 * come from the package).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeChinesePdf } from '../../scripts/lib/make-pdf';
import { type Harness, launchHarness } from './harness';
import { storedRecords } from './page-isolation-helpers';
import { popupOf } from './popup-driver';
import { hoverWord, POLL } from './reading-helpers';

const FIRST =
  '各地要坚决遏制两高项目盲目发展，严格落实节能审查制度，推动能源消费总量和强度双控向碳排放总量和强度双控转变。';
const SECOND = '到二〇三〇年，非化石能源消费比重达到百分之二十五左右，确保如期实现碳达峰碳中和目标。';
const CHOOSER = 'Open a PDF or text file (.pdf, .txt, .md):';

describe('PDFs in the reader page', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    h = await launchHarness();
    dir = mkdtempSync(join(tmpdir(), 'tanci-pdf-'));
  });
  afterAll(async () => {
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function openFile(name: string, bytes: Buffer): Promise<Page> {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const page = await h.openExtensionPage('document.html');
    await page.getByLabel(CHOOSER).setInputFiles(file);
    return page;
  }

  it('opens a PDF page by page: hovering a policy term shows its dialog, Save records the file and page', async () => {
    // Two pages: the second paragraph is pushed onto page 2 by a page break.
    const pdf = await makeChinesePdf(h.context, [], {
      html: `<p>${FIRST}</p><p style="break-before: page">${SECOND}</p>`,
    });
    const page = await openFile('能源规划.pdf', pdf);
    const first = page.getByRole('region', { name: 'Page 1' });
    // Lines joined back into the paragraph: the sentence reads whole, whatever the line ends split.
    await expect.poll(() => first.textContent(), POLL).toContain(FIRST);
    await expect.poll(() => page.title(), POLL).toBe('能源规划.pdf');
    await hoverWord(page, 'section[data-page="1"]', '两高');
    const dialog = popupOf(page).getByRole('dialog', { name: '两高' });
    await dialog.waitFor(POLL);
    expect(await dialog.textContent()).toContain('liǎng gāo');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByRole('button', { name: 'Saved', exact: true }).waitFor(POLL);
    const saved = (await storedRecords(page)).find((r) => r.term === '两高');
    expect(saved?.contexts.map((c) => c.pageTitle)).toEqual(['能源规划.pdf, page 1']);
    expect(saved?.contexts[0]?.sentence).toContain('遏制两高项目盲目发展');

    // The second page is read too (it is in view, or read in idle time) and records its own page.
    const second = page.getByRole('region', { name: 'Page 2' });
    await expect.poll(() => second.textContent(), POLL).toContain(SECOND);
    await hoverWord(page, 'section[data-page="2"]', '碳达峰');
    const peak = popupOf(page).getByRole('dialog', { name: '碳达峰' });
    await peak.waitFor(POLL);
    await peak.getByRole('button', { name: 'Save', exact: true }).click();
    await peak.getByRole('button', { name: 'Saved', exact: true }).waitFor(POLL);
    const peakSaved = (await storedRecords(page)).find((r) => r.term === '碳达峰');
    expect(peakSaved?.contexts.map((c) => c.pageTitle)).toEqual(['能源规划.pdf, page 2']);
    await page.close();
  });

  it('says so when a PDF has no text layer (scanned pages), and when a file is not a PDF', async () => {
    const blank = await makeChinesePdf(h.context, [], {
      html: '<div style="width: 10cm; height: 10cm; background: #888"></div>',
    });
    const scanned = await openFile('scan.pdf', blank);
    await scanned.getByRole('alert').filter({ hasText: 'has no text layer' }).waitFor(POLL);
    expect(await scanned.getByRole('alert').textContent()).toContain('"scan.pdf"');
    await scanned.close();

    const broken = await openFile('broken.pdf', Buffer.from('%PDF-1.7\nthis is not really a PDF\n'));
    await broken.getByRole('alert').filter({ hasText: 'is not a PDF Tanci can read' }).waitFor(POLL);
    expect(await broken.getByRole('region').count()).toBe(0);
    await broken.close();
  });

  it('offers a web PDF the context menu sent as a link to download, and requests nothing', async () => {
    const pdf = 'http://policy.example.cn/files/十四五规划.pdf';
    const page = await h.openExtensionPage(`document.html?pdf=${encodeURIComponent(pdf)}`);
    const link = page.getByRole('link', { name: encodeURI(pdf) });
    await link.waitFor(POLL);
    expect(await page.getByRole('status').textContent()).toContain('Download this PDF, then open it here');
    expect(h.externalRequests()).toEqual([]);
    await page.close();
  });
});
