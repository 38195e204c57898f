import { t as msg } from '@/ui/i18n';
import { EmptyState } from './empty-state';
import type { ReviewState } from './review-state';
import { ShowMore } from './show-more';
import { type Layout, TermRow } from './term-row';

/**
 * The saved terms, a page at a time: only the first rows are in the DOM, so 10,000 terms render as fast
 * as 50. "Show more" adds the next rows.
 */
export function TermList({ state, layout }: { state: ReviewState; layout: Layout }) {
  const shown = state.shown.value;
  const total = state.visible.value.length;
  if (state.phase.value === 'loading') return <p class="muted">{msg('loadingSaved')}</p>;
  if (shown.length === 0) return <EmptyState filtered={state.items.value.length > 0} />;
  const rows = shown.map((item) => <TermRow key={item.id} item={item} state={state} layout={layout} />);
  return (
    <>
      <p class="count muted" aria-live="polite">
        {total === state.items.value.length
          ? total === 1
            ? msg('countSavedOne')
            : msg('countSaved', total)
          : msg('countShown', [total, state.items.value.length])}
      </p>
      {layout === 'table' ? (
        <table class="term-table">
          <caption class="visually-hidden">{msg('savedTermsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{msg('colTerm')}</th>
              <th scope="col">{msg('colEnglish')}</th>
              <th scope="col">{msg('colCategory')}</th>
              <th scope="col">{msg('colContext')}</th>
              <th scope="col">{msg('colSaved')}</th>
              <th scope="col">{msg('colTags')}</th>
              <th scope="col">{msg('colNote')}</th>
              <th scope="col">
                <span class="visually-hidden">{msg('colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      ) : (
        <ul class="term-list" aria-label={msg('savedTermsLabel')}>
          {rows}
        </ul>
      )}
      <ShowMore shown={shown.length} total={total} onMore={() => state.showMore()} />
    </>
  );
}
