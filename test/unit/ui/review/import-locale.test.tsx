/**
 * A file that cannot be imported is explained in the interface language; the parsers' own words
 * (papaparse, JSON.parse, the backup checker) and the file's names and numbers come through unchanged.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CSV_COLUMNS } from '@/core/export/csv';
import { ReviewApp } from '@/ui/review/review-app';
import { createReviewState } from '@/ui/review/review-state';
import { freshRepo } from '../../background/db/helpers';
import { useLocale } from '../../use-locale';

afterEach(cleanup);

async function importShows(label: string, name: string, text: string): Promise<string> {
  render(
    <ReviewApp
      repo={freshRepo().repo}
      layout="list"
      initialTab="saved"
      loadGlossary={async () => []}
      download={() => {}}
    />,
  );
  const input = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
  return (await screen.findByRole('alert')).textContent ?? '';
}

describe('import errors in Chinese', () => {
  useLocale('zh_CN');
  const label = '导入碳词 JSON 备份或 CSV 导出文件';

  it('says an empty file is empty', async () => {
    expect(await importShows(label, 'empty.txt', '')).toContain(
      'empty.txt 未导入：“empty.txt”是空文件。没有任何更改。',
    );
    cleanup();
    expect(await importShows(label, 'list.csv', '')).toContain('list.csv 未导入：CSV 文件是空的。');
  });

  it('names an unknown CSV column and the columns Tanci writes', async () => {
    const text = await importShows(label, 'words.csv', 'Word,Meaning\r\n碳,carbon\r\n');
    expect(text).toContain(
      `此 CSV 文件中的“Word”列不是碳词导出的列。应有的列为：${CSV_COLUMNS.join(', ')}。没有任何更改。`,
    );
  });

  it('names the row and column of a bad date', async () => {
    const text = await importShows(label, 'dates.csv', 'Term,Created\r\n碳,yesterday\r\n');
    expect(text).toContain('CSV 第 2 行“Created”列：“yesterday”不是日期');
  });

  it('explains JSON files in Chinese around the parser’s own words', async () => {
    expect(await importShows(label, 'x.json', '{"format":"anki"}')).toContain(
      '此 JSON 文件不是碳词备份（缺少 "format": "tanci-vocab" 字段）。',
    );
    cleanup();
    expect(await importShows(label, 'x.json', '{"format": ')).toMatch(/此文件不是有效的 JSON（.+）。/);
    cleanup();
    const newer = JSON.stringify({ format: 'tanci-vocab', version: 9 });
    expect(await importShows(label, 'x.json', newer)).toContain(
      '此备份由更新版本的碳词写入（格式版本 9），请先更新碳词再导入。',
    );
  });
});

describe('import errors in English', () => {
  useLocale('en');
  const label = 'Import a Tanci JSON backup or CSV export';

  it('keeps the English word for word', async () => {
    expect(await importShows(label, 'empty.txt', '')).toContain(
      'empty.txt was not imported: "empty.txt" is empty. Nothing was changed.',
    );
    cleanup();
    expect(await importShows(label, 'words.csv', 'Word,Meaning\r\n碳,carbon\r\n')).toContain(
      'This CSV has a column "Word" that Tanci does not export. Expected the columns: Term, Pinyin,',
    );
  });
});

describe('an import error the locale lacks', () => {
  const i18n = fakeBrowser.i18n as unknown as { getMessage?: unknown };
  let before: unknown;
  beforeAll(() => {
    before = i18n.getMessage;
    i18n.getMessage = (key: string, subs: string[] = []) =>
      key === 'statusNotImported' ? `${subs[0]} / ${subs[1]}` : '';
  });
  afterAll(() => {
    i18n.getMessage = before;
  });

  it('shows the English message rather than the key', async () => {
    const state = createReviewState({ repo: freshRepo().repo, download: () => {} });
    await state.importFile('list.csv', '');
    expect(state.status.value?.text).toBe('list.csv / The CSV file is empty.');
  });
});
