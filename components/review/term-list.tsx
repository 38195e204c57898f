import { EmptyState } from './empty-state';
import type { ReviewState } from './review-state';
import { type Layout, TermRow } from './term-row';

/**
 * The saved terms, a page at a time: only the first rows are in the DOM, so 10,000 terms render as fast
 * as 50. "Show more" adds the next rows.
 */
export function TermList({ state, layout }: { state: ReviewState; layout: Layout }) {
  const shown = state.shown.value;
  const total = state.visible.value.length;
  if (state.phase.value === 'loading') return <p class="muted">Loading saved terms…</p>;
  if (shown.length === 0) return <EmptyState filtered={state.items.value.length > 0} />;
  const rows = shown.map((item) => <TermRow key={item.id} item={item} state={state} layout={layout} />);
  return (
    <>
      <p class="count muted" aria-live="polite">
        {total === state.items.value.length
          ? `${total} saved term${total === 1 ? '' : 's'}`
          : `${total} of ${state.items.value.length} terms`}
      </p>
      {layout === 'table' ? (
        <table class="term-table">
          <caption class="visually-hidden">Saved terms</caption>
          <thead>
            <tr>
              <th scope="col">Term</th>
              <th scope="col">English</th>
              <th scope="col">Category</th>
              <th scope="col">Latest context</th>
              <th scope="col">Saved</th>
              <th scope="col">Tags</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      ) : (
        <ul class="term-list" aria-label="Saved terms">
          {rows}
        </ul>
      )}
      {shown.length < total && (
        <button type="button" class="show-more" onClick={() => state.showMore()}>
          Show more ({total - shown.length} more)
        </button>
      )}
    </>
  );
}
