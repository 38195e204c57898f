import { t as msg } from '@/ui/i18n';
import { ExportMenu } from './export-menu';
import { Filters } from './filters';
import { ImportButton } from './import-button';
import type { ReviewState } from './review-state';
import { SearchBox } from './search-box';
import { StatusBar } from './status-bar';
import { TermList } from './term-list';
import type { Layout } from './term-row';

/** The "Saved" tab: search, filters, the list, and export / import. */
export function ReviewPanel({ state, layout }: { state: ReviewState; layout: Layout }) {
  return (
    <section class="review" aria-label={msg('savedTermsLabel')}>
      <div class="toolbar">
        <SearchBox
          label={msg('searchSavedLabel')}
          placeholder={msg('searchSavedPlaceholder')}
          value={state.query.value}
          onInput={(t) => state.setQuery(t)}
        />
        <Filters state={state} />
      </div>
      <StatusBar state={state} />
      <TermList state={state} layout={layout} />
      <div class="transfer">
        <ExportMenu state={state} />
        <ImportButton state={state} />
      </div>
    </section>
  );
}
