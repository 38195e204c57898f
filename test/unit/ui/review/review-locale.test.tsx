/**
 * The review UI's words in both interface languages: the labels a screen reader announces, the tag field,
 * the glossary tab and its load errors in Chinese, and counts of one read as one ("1 term", not "1 terms").
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { VocabRepo } from '@/background/db/vocab-repo';
import type { ExportFile } from '@/core/export';
import type { GlossaryEntry } from '@/core/types';
import { fetchGlossary } from '@/ui/review/glossary-state';
import { ReviewApp } from '@/ui/review/review-app';
import type { Layout } from '@/ui/review/term-row';
import glossary from '../../../fixtures/glossary-sample.json';
import { freshRepo } from '../../background/db/helpers';
import { plainTerm } from '../../core/export/arbitraries';
import { useLocale } from '../../use-locale';

afterEach(cleanup);

const entries = glossary as GlossaryEntry[];

function setup(
  repo: VocabRepo,
  opts: { layout?: Layout; initialTab?: string; entries?: GlossaryEntry[] } = {},
) {
  const downloads: ExportFile[] = [];
  render(
    <ReviewApp
      repo={repo}
      layout={opts.layout ?? 'list'}
      initialTab={opts.initialTab ?? 'saved'}
      loadGlossary={async () => opts.entries ?? entries}
      download={(f) => downloads.push(f)}
    />,
  );
  return downloads;
}

const failing = (res: { ok: boolean; status: number; text?: () => Promise<string> }) =>
  (async () => res) as unknown as typeof fetch;

describe('review UI in Chinese', () => {
  useLocale('zh_CN');

  it('names the saved list, the tag field and the message in Chinese', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([plainTerm(1)]);
    setup(repo);
    expect(await screen.findByRole('list', { name: '已保存的词' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '已保存的词' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '为“词1”添加标签' }));
    expect(screen.getByRole('textbox', { name: '“词1”的新标签' }).getAttribute('placeholder')).toBe(
      '输入标签后按 Enter',
    );
    fireEvent.keyDown(screen.getByRole('textbox', { name: '“词1”的新标签' }), { key: 'Escape' });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '为“词1”添加标签' }).textContent).toBe('+ 标签'),
    );

    fireEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(screen.getByTestId('review-message').textContent).toMatch(/^已将 1 个词导出到 tanci-.*\.csv。/);
    fireEvent.click(screen.getByRole('button', { name: '关闭消息' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '关闭消息' })).toBeNull());
  });

  it('heads the full-page column of save counts as a count', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([plainTerm(1)]);
    setup(repo, { layout: 'table' });
    expect(await screen.findByRole('columnheader', { name: '保存次数' })).toBeTruthy();
  });

  it('shows the glossary tab in Chinese', async () => {
    setup(freshRepo().repo, { initialTab: 'glossary' });
    expect(await screen.findByText('共 3 个政策术语')).toBeTruthy();
    expect(screen.getByRole('region', { name: '政策词汇表' })).toBeTruthy();
    const list = screen.getByRole('list', { name: '政策词汇表中的词' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('says in Chinese why the glossary did not load', async () => {
    await expect(fetchGlossary('/data/glossary.json', failing({ ok: false, status: 404 }))).rejects.toThrow(
      '此版本缺少政策词汇表（404）。',
    );
    const damaged = failing({ ok: true, status: 200, text: async () => '{}' });
    await expect(fetchGlossary('/data/glossary.json', damaged)).rejects.toThrow('政策词汇表文件已损坏。');
  });
});

describe('counts of one in English', () => {
  useLocale('en');

  it('exports "1 term", and "2 terms"', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([plainTerm(1)]);
    setup(repo);
    await screen.findByText('1 saved term');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(screen.getByTestId('review-message').textContent).toMatch(/^Exported 1 term to tanci-.*\.csv\./);
    cleanup();

    await repo.importTerms([plainTerm(2)]);
    setup(repo);
    await screen.findByText('2 saved terms');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(screen.getByTestId('review-message').textContent).toMatch(/^Exported 2 terms to /);
  });

  it('offers to export "the 1 term shown" when a search leaves one', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([plainTerm(1), plainTerm(2)]);
    setup(repo);
    await screen.findByText('2 saved terms');
    expect(screen.getByText('Export all 2 terms')).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search saved terms' }), {
      target: { value: '词2' },
    });
    await waitFor(() => expect(screen.getByText('Export the 1 term shown')).toBeTruthy());
  });

  it('counts one glossary entry as "1 policy term"', async () => {
    setup(freshRepo().repo, { initialTab: 'glossary', entries: entries.slice(0, 1) });
    expect(await screen.findByText('1 policy term')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Policy glossary' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Policy glossary terms' })).toBeTruthy();
  });

  it('keeps the English load errors word for word', async () => {
    await expect(fetchGlossary('/x', failing({ ok: false, status: 404 }))).rejects.toThrow(
      'The policy glossary is missing from this build (404).',
    );
  });
});
