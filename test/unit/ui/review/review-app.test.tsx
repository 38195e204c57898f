import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { VocabRepo } from '@/background/db/vocab-repo';
import type { ExportFile } from '@/core/export';
import type { GlossaryEntry } from '@/core/types';
import { ReviewApp } from '@/ui/review/review-app';
import glossary from '../../../fixtures/glossary-sample.json';
import { freshRepo } from '../../background/db/helpers';
import { plainTerm } from '../../core/export/arbitraries';
import { useLocale } from '../../use-locale';

afterEach(cleanup);

const carbon = {
  ...plainTerm(1),
  term: '碳中和',
  pinyin: 'tàn zhōng hé',
  english: 'carbon neutrality',
  category: 'target',
  tags: ['goals'],
  createdAt: 2_000_000_000_000,
  contexts: [
    {
      sentence: '2060年前实现碳中和',
      pageTitle: '新闻',
      url: 'https://news.example.cn/a',
      savedAt: 2_000_000_000_000,
    },
  ],
};
const dual = { ...plainTerm(2), term: '双控', pinyin: 'shuāng kòng', english: 'dual control' };

function setup(repo: VocabRepo, initialTab = 'saved') {
  const downloads: ExportFile[] = [];
  render(
    <ReviewApp
      repo={repo}
      layout="list"
      initialTab={initialTab}
      loadGlossary={async () => glossary as GlossaryEntry[]}
      download={(f) => downloads.push(f)}
    />,
  );
  return downloads;
}

useLocale('en');

const rows = () => screen.queryAllByRole('listitem');

describe('review popup UI', () => {
  it('says how to save a term when nothing is saved', async () => {
    setup(freshRepo().repo);
    expect(await screen.findByText(/No saved terms yet/)).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(/hover a Chinese word.*Save/);
    expect(screen.getByRole('tab', { name: 'Saved' }).getAttribute('aria-selected')).toBe('true');
  });

  it('searches by toneless pinyin, deletes and undoes', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([carbon, dual]);
    setup(repo);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0]?.textContent).toContain('碳中和');

    fireEvent.input(screen.getByRole('searchbox', { name: 'Search saved terms' }), {
      target: { value: 'tanzhonghe' },
    });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search saved terms' }), {
      target: { value: 'shuang kong' },
    });
    await waitFor(() => expect(rows()[0]?.textContent).toContain('双控'));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search saved terms' }), { target: { value: '' } });
    await waitFor(() => expect(rows()).toHaveLength(2));

    fireEvent.click(screen.getByRole('button', { name: 'Delete 碳中和' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(await repo.count()).toBe(1);
    expect(screen.getByTestId('review-message').textContent).toContain('Deleted 碳中和');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(await repo.get(['碳中和', 'tàn zhōng hé'])).toMatchObject({
      tags: ['goals'],
      english: 'carbon neutrality',
    });
  });

  it('filters by category and exports only the terms shown when asked', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([carbon, dual]);
    const downloads = setup(repo);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.change(screen.getByRole('combobox', { name: 'Category' }), { target: { value: 'target' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(downloads[0]?.filename).toMatch(/^tanci-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(downloads[0]?.content).toContain('碳中和');
    expect(downloads[0]?.content).not.toContain('双控');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Only the terms shown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(JSON.parse(downloads[1]?.content ?? '').count).toBe(2);
  });

  it('edits a note and tags', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([dual]);
    setup(repo);
    fireEvent.click(await screen.findByRole('button', { name: 'Add note for 双控' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Note for 双控' }), {
      target: { value: '能耗 → 碳排放' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.getByText('能耗 → 碳排放')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Add a tag to 双控' }));
    const tagBox = screen.getByRole('textbox', { name: 'New tag for 双控' });
    expect(document.activeElement).toBe(tagBox);
    fireEvent.input(tagBox, { target: { value: 'energy' } });
    fireEvent.keyDown(tagBox, { key: 'Enter' });
    await waitFor(async () => expect((await repo.get(['双控', 'shuāng kòng']))?.tags).toEqual(['energy']));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove tag energy from 双控' })).toBeTruthy(),
    );
    expect((await repo.get(['双控', 'shuāng kòng']))?.note).toBe('能耗 → 碳排放');
  });

  it('puts the typing cursor in the note box on "Add note"; Enter saves, Escape cancels, nothing typed is lost', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([dual]);
    setup(repo);
    const add = await screen.findByRole('button', { name: 'Add note for 双控' });
    // Rendering the list moves no focus.
    expect(document.activeElement).toBe(document.body);
    add.focus();
    fireEvent.click(add);
    const box = screen.getByRole('textbox', { name: 'Note for 双控' }) as HTMLTextAreaElement;
    // Typed letters go to the focused element: before, focus stayed on the button (now "Save note").
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: '能耗' } });
    // Shift+Enter is a new line, not a save.
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(screen.getByRole('textbox', { name: 'Note for 双控' })).toBe(box);
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(screen.getByText('能耗')).toBeTruthy());
    expect((await repo.get(['双控', 'shuāng kòng']))?.note).toBe('能耗');
    const edit = screen.getByRole('button', { name: 'Edit note for 双控' });
    expect(document.activeElement).toBe(edit);

    fireEvent.click(edit);
    const again = screen.getByRole('textbox', { name: 'Note for 双控' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(again);
    expect(again.value).toBe('能耗');
    fireEvent.input(again, { target: { value: '能耗 双控' } });
    fireEvent.keyDown(again, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Note for 双控' })).toBeNull();
    expect((await repo.get(['双控', 'shuāng kòng']))?.note).toBe('能耗');
    // Reopened after Escape, the editor still has what was typed: Escape closes, it does not throw away.
    fireEvent.click(screen.getByRole('button', { name: 'Edit note for 双控' }));
    expect((screen.getByRole('textbox', { name: 'Note for 双控' }) as HTMLTextAreaElement).value).toBe(
      '能耗 双控',
    );
  });

  it('rejects a foreign import with a message and changes nothing', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([dual]);
    setup(repo);
    await waitFor(() => expect(rows()).toHaveLength(1));
    const input = screen.getByLabelText('Import a Tanci JSON backup or CSV export') as HTMLInputElement;
    const file = new File(['{"notes": []}'], 'other.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /other.json was not imported: .*not a Tanci backup.*Nothing was changed/,
    );
    expect(await repo.count()).toBe(1);
  });

  it('pages a long list instead of rendering it all', async () => {
    const { repo } = freshRepo();
    await repo.importTerms(Array.from({ length: 120 }, (_, i) => plainTerm(i)));
    setup(repo);
    await waitFor(() => expect(screen.getByText('120 saved terms')).toBeTruthy());
    expect(rows()).toHaveLength(15);
    fireEvent.click(screen.getByRole('button', { name: /Show more \(105 more\)/ }));
    await waitFor(() => expect(rows()).toHaveLength(90));
    fireEvent.click(screen.getByRole('button', { name: /Show more \(30 more\)/ }));
    await waitFor(() => expect(rows()).toHaveLength(120));
  });
});

describe('glossary tab', () => {
  it('is reached by keyboard, searches by pinyin and saves an entry', async () => {
    const { repo } = freshRepo();
    setup(repo);
    const savedTab = screen.getByRole('tab', { name: 'Saved' });
    fireEvent.keyDown(savedTab, { key: 'ArrowRight' });
    const glossaryTab = screen.getByRole('tab', { name: 'Glossary' });
    expect(glossaryTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(glossaryTab);
    await waitFor(() => expect(screen.getByText('3 policy terms')).toBeTruthy());

    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the policy glossary' }), {
      target: { value: 'shuangkong' },
    });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    const entry = screen.getAllByRole('listitem')[0] as HTMLElement;
    expect(entry.textContent).toContain('能耗总量和强度双控');
    expect(entry.textContent).toContain('mechanism');
    fireEvent.click(within(entry).getByRole('button', { name: 'Save 双控' }));
    await waitFor(() => expect(within(entry).getByRole('button', { name: '双控 is saved' })).toBeTruthy());
    expect(await repo.get(['双控', 'shuāng kòng'])).toMatchObject({
      glossaryId: '双控',
      category: 'mechanism',
      contexts: [expect.objectContaining({ sentence: '推动能耗双控逐步转向碳排放双控。' })],
    });
  });

  it('says so when the glossary is missing', async () => {
    render(
      <ReviewApp
        repo={freshRepo().repo}
        layout="table"
        initialTab="glossary"
        loadGlossary={() =>
          Promise.reject(new Error('The policy glossary is missing from this build (404).'))
        }
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('missing from this build');
  });
});

describe('full-page table layout', () => {
  it('shows saved terms as table rows with the same controls', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([carbon, dual]);
    render(<ReviewApp repo={repo} layout="table" loadGlossary={async () => []} download={() => {}} />);
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3));
    const row = screen.getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getByRole('rowheader').textContent).toContain('碳中和');
    expect(within(row).getByRole('link', { name: '新闻' }).getAttribute('href')).toBe(
      'https://news.example.cn/a',
    );
    fireEvent.click(within(row).getByRole('button', { name: 'Delete 碳中和' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
  });
});

describe('contexts', () => {
  it('shows the latest context with its link, and every earlier one on request', async () => {
    const { repo } = freshRepo();
    const older = {
      sentence: '旧句子',
      pageTitle: '旧新闻',
      url: 'https://old.example.cn/',
      savedAt: 1_900_000_000_000,
    };
    await repo.importTerms([{ ...carbon, contexts: [older, ...carbon.contexts] }]);
    setup(repo);
    const row = await screen.findByRole('listitem');
    expect(within(row).getByRole('link', { name: '新闻' }).getAttribute('href')).toBe(
      'https://news.example.cn/a',
    );
    expect(within(row).queryByText('旧句子')).toBeNull();
    const details = row.querySelector('details') as HTMLDetailsElement;
    expect(within(row).getByText('All 2 contexts')).toBeTruthy();
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(within(row).getByText('旧句子')).toBeTruthy());
    expect(within(row).getByRole('link', { name: '旧新闻' }).getAttribute('target')).toBe('_blank');
  });
});

describe('review popup UI in Chinese', () => {
  useLocale('zh_CN');

  it('speaks the browser language: tabs, search, empty state, export', async () => {
    const { repo } = freshRepo();
    setup(repo);
    expect(await screen.findByText('还没有保存的词。')).toBeTruthy();
    expect(screen.getByRole('tab', { name: '已保存' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: '词汇表' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: '搜索已保存的词' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出 CSV' })).toBeTruthy();
    cleanup();
    await repo.importTerms([carbon, dual]);
    setup(repo);
    expect(await screen.findByText('已保存 2 个词')).toBeTruthy();
    expect(screen.getByRole('button', { name: '删除“双控”' })).toBeTruthy();
  });
});
