import type { TermId } from '@/background/db/types';
import { categoryName } from '@/ui/category-name';
import { t as msg } from '@/ui/i18n';
import { ContextLine } from './context-line';
import { NoteEditor } from './note-editor';
import type { ReviewItem } from './review-query';
import type { ReviewState } from './review-state';
import { TagEditor } from './tag-editor';

export type Layout = 'list' | 'table';

/** One saved term: in the popup a compact card, on the full page a table row with the same controls. */
export function TermRow({ item, state, layout }: { item: ReviewItem; state: ReviewState; layout: Layout }) {
  const t = item.term;
  const id: TermId = [t.term, t.pinyin];
  const head = (
    <>
      <span class="term" lang="zh">
        {t.term}
      </span>{' '}
      <span class="pinyin">{t.pinyin}</span>
    </>
  );
  const note = <NoteEditor term={t.term} note={t.note} onSave={(n) => state.setNote(id, n)} />;
  const tags = <TagEditor term={t.term} tags={t.tags} onChange={(next) => state.setTags(id, next)} />;
  const del = (
    <button
      type="button"
      class="delete"
      aria-label={msg('deleteTerm', t.term)}
      onClick={() => void state.remove(id)}
    >
      {msg('delete')}
    </button>
  );

  if (layout === 'table') {
    return (
      <tr class="term-row" data-term={t.term}>
        <th scope="row">{head}</th>
        <td>{t.english}</td>
        <td>{t.category && categoryName(t.category)}</td>
        <td>
          <ContextLine contexts={t.contexts} />
        </td>
        <td>{t.contexts.length}</td>
        <td>{tags}</td>
        <td>{note}</td>
        <td>{del}</td>
      </tr>
    );
  }
  return (
    <li class="term-row" data-term={t.term}>
      <div class="row-head">
        <div>{head}</div>
        {t.category && <span class="category">{categoryName(t.category)}</span>}
        {del}
      </div>
      {t.english && <p class="english">{t.english}</p>}
      <ContextLine contexts={t.contexts} />
      {tags}
      {note}
    </li>
  );
}
