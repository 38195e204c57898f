import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '@/core/export';
import { parseTbx } from '@/core/export/tbx-read';
import { termbaseOfSaved } from '@/core/export/termbase';
import { parseTermbaseCsv } from '@/core/export/termbase-csv';
import { exportTermbase } from '@/core/export/termbase-export';
import type { GlossaryEntry } from '@/core/types';
import { ReviewApp } from '@/ui/review/review-app';
import glossary from '../../../fixtures/glossary-sample.json';
import { freshRepo } from '../../background/db/helpers';
import { plainTerm } from '../../core/export/arbitraries';
import { useLocale } from '../../use-locale';

afterEach(cleanup);
useLocale('en');

const dual = {
  ...plainTerm(2),
  term: '双控',
  pinyin: 'shuāng kòng',
  english: 'dual control',
  category: 'abbreviation',
  glossaryId: '双控',
  contexts: [{ sentence: '能耗双控', pageTitle: 'plan.pdf, p. 3', url: '', savedAt: 2_000_000_000_000 }],
};
const word = {
  ...plainTerm(3),
  term: '落实',
  pinyin: 'luò shí',
  english: 'to implement',
  category: '',
  glossaryId: '',
};
const entries = glossary as GlossaryEntry[];

async function exported(label: string, loadGlossary: () => Promise<GlossaryEntry[]>) {
  const { repo } = freshRepo();
  await repo.importTerms([dual, word]);
  const downloads: ExportFile[] = [];
  render(
    <ReviewApp repo={repo} layout="list" loadGlossary={loadGlossary} download={(f) => downloads.push(f)} />,
  );
  await waitFor(() => expect(screen.queryAllByRole('listitem')).toHaveLength(2));
  fireEvent.click(screen.getByRole('button', { name: label }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  return downloads[0] as ExportFile;
}

describe('termbase export buttons', () => {
  it('export the saved terms as TBX with the glossary entry’s definition, expansion and status', async () => {
    const file = await exported('Export TBX', async () => entries);
    expect(file.filename).toMatch(/^tanci-termbase-\d{4}-\d{2}-\d{2}\.tbx$/);
    const byTerm = new Map(parseTbx(file.content).map((e) => [e.term, e]));
    const gloss = entries.find((e) => e.id === '双控') as GlossaryEntry;
    expect(byTerm.get('双控')).toMatchObject({
      english: 'dual control',
      definition: gloss.explanation,
      expansion: gloss.expansion,
      example: '能耗双控',
      source: 'plan.pdf, p. 3',
      reviewed: true,
    });
    expect(byTerm.get('落实')).toMatchObject({ english: 'to implement', definition: '', reviewed: false });
    expect(screen.getByTestId('review-message').textContent).toContain(file.filename);
  });

  it('export the termbase CSV', async () => {
    const file = await exported('Export Termbase CSV', async () => entries);
    expect(
      parseTermbaseCsv(file.content)
        .map((e) => e.term)
        .sort(),
    ).toEqual(['双控', '落实']);
  });

  it('say so when the glossary cannot be read, and download nothing', async () => {
    const { repo } = freshRepo();
    await repo.importTerms([dual]);
    const downloads: ExportFile[] = [];
    render(
      <ReviewApp
        repo={repo}
        layout="list"
        loadGlossary={async () => {
          throw new Error('glossary.json is missing');
        }}
        download={(f) => downloads.push(f)}
      />,
    );
    await waitFor(() => expect(screen.queryAllByRole('listitem')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Export TBX' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('glossary.json is missing'));
    expect(downloads).toEqual([]);
  });

  it('import back through the import button, whose file chooser offers .tbx files', async () => {
    const { repo } = freshRepo();
    render(<ReviewApp repo={repo} layout="list" loadGlossary={async () => entries} download={() => {}} />);
    const input = screen.getByLabelText('Import a Tanci JSON backup or CSV export') as HTMLInputElement;
    expect(input.accept.split(',')).toContain('.tbx');
    const file = exportTermbase(termbaseOfSaved([dual], entries), 'tbx', new Date(), 'Saved terms');
    fireEvent.change(input, { target: { files: [new File([file.content], file.filename)] } });
    await waitFor(() => expect(screen.queryAllByRole('listitem')).toHaveLength(1));
    expect((await repo.all()).map((t) => [t.term, t.english])).toEqual([['双控', 'dual control']]);
  });
});
