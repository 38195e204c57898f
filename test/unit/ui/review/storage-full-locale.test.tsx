/**
 * A write refused because the storage is full is explained in the interface language, with the advice:
 * in the Saved tab's status bar (import, note, tags, undo) and in the Glossary tab (saving a term).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VocabDb } from '@/background/db/schema';
import type { TermId } from '@/background/db/types';
import { toCsv } from '@/core/export/csv';
import type { GlossaryEntry } from '@/core/types';
import { ReviewApp } from '@/ui/review/review-app';
import { createReviewState } from '@/ui/review/review-state';
import glossary from '../../../fixtures/glossary-sample.json';
import { freshRepo } from '../../background/db/helpers';
import { plainTerm } from '../../core/export/arbitraries';
import { useLocale } from '../../use-locale';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function fill(db: VocabDb): void {
  const quota = () =>
    Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  for (const method of ['add', 'put', 'bulkPut'] as const)
    vi.spyOn(db.terms, method).mockRejectedValue(quota());
}

const cases = [
  {
    locale: 'zh_CN',
    importLabel: '导入碳词 JSON 备份或 CSV 导出文件',
    saveLabel: '保存“双控”',
    advice:
      '浏览器分配给碳词的存储空间已满（磁盘空间不足或超出配额）。请释放一些磁盘空间，或导出并删除不再需要的词，然后重试。没有任何更改。',
    term: (t: string) => `无法保存“${t}”：`,
    note: '无法保存备注：',
    tags: '无法保存标签：',
    restore: '无法恢复已删除的词：',
    import: '无法保存导入的词：',
  },
  {
    locale: 'en',
    importLabel: 'Import a Tanci JSON backup or CSV export',
    saveLabel: 'Save 双控',
    advice:
      "the browser's storage for Tanci is full (disk space or quota). Free some disk space, or export and delete terms you no longer need, then try again. Nothing was changed.",
    term: (t: string) => `"${t}" could not be saved: `,
    note: 'The note could not be saved: ',
    tags: 'The tags could not be saved: ',
    restore: 'The deleted terms could not be saved: ',
    import: 'The import could not be saved: ',
  },
] as const;

for (const c of cases) {
  describe(`a full storage in ${c.locale}`, () => {
    useLocale(c.locale);

    it('explains a refused import in the status bar', async () => {
      const { db, repo } = freshRepo();
      render(
        <ReviewApp
          repo={repo}
          layout="list"
          initialTab="saved"
          loadGlossary={async () => []}
          download={() => {}}
        />,
      );
      fill(db);
      const input = screen.getByLabelText(c.importLabel) as HTMLInputElement;
      const file = new File([toCsv([plainTerm(3)])], 'list.csv');
      fireEvent.change(input, { target: { files: [file] } });
      expect((await screen.findByRole('alert')).textContent).toContain(c.import + c.advice);
    });

    it('explains a refused note, tags and undo in the status bar', async () => {
      const { db, repo } = freshRepo();
      await repo.importTerms([plainTerm(1), plainTerm(2)]);
      const state = createReviewState({ repo, download: () => {}, afterPaint: async () => {} });
      await state.load();
      const [kept, deleted] = await repo.all();
      if (!kept || !deleted) throw new Error('no terms');
      const id: TermId = [kept.term, kept.pinyin];
      await state.remove([deleted.term, deleted.pinyin]);
      fill(db);

      expect(await state.setNote(id, 'n')).toBe(false);
      expect(state.status.value).toEqual({ kind: 'error', text: c.note + c.advice });
      expect(await state.setTags(id, ['t'])).toBe(false);
      expect(state.status.value?.text).toBe(c.tags + c.advice);
      await state.undo();
      expect(state.status.value?.text).toBe(c.restore + c.advice);
    });

    it('explains a refused glossary save, naming the term', async () => {
      const { db, repo } = freshRepo();
      render(
        <ReviewApp
          repo={repo}
          layout="list"
          initialTab="glossary"
          loadGlossary={async () => glossary as GlossaryEntry[]}
          download={() => {}}
        />,
      );
      const save = await screen.findByRole('button', { name: c.saveLabel });
      fill(db);
      fireEvent.click(save);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(c.term('双控') + c.advice);
      // Nothing was saved, so the entry still offers to save it.
      expect(screen.getByRole('button', { name: c.saveLabel })).toBe(save);
    });
  });
}
