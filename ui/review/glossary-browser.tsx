import type { GlossaryEntry } from '@/core/types';
import { categoryName } from '@/ui/category-name';
import { t as msg } from '@/ui/i18n';
import type { GlossaryState } from './glossary-state';
import { SearchBox } from './search-box';
import { ShowMore } from './show-more';

function EntryCard({ entry, saved, onSave }: { entry: GlossaryEntry; saved: boolean; onSave: () => void }) {
  const example = entry.examples[0];
  return (
    <li class="glossary-entry" data-term={entry.term}>
      <div class="row-head">
        <div>
          <span class="term" lang="zh">
            {entry.term}
          </span>{' '}
          <span class="pinyin">{entry.pinyin}</span>
        </div>
        <span class="category">{categoryName(entry.category)}</span>
        <button
          type="button"
          aria-label={saved ? msg('glossaryTermSaved', entry.term) : msg('glossarySaveTerm', entry.term)}
          disabled={saved}
          onClick={onSave}
        >
          {saved ? msg('popupSaved') : msg('popupSave')}
        </button>
      </div>
      <p class="english">{entry.english}</p>
      {entry.expansion && (
        <p class="expansion">
          <span lang="zh">{entry.expansion}</span>
          {entry.expansionEnglish && <span class="muted"> — {entry.expansionEnglish}</span>}
        </p>
      )}
      {entry.explanation && <p class="explanation">{entry.explanation}</p>}
      {example && (
        <p class="sentence" lang="zh">
          {example.sentence} <span class="muted">— {example.source}</span>
        </p>
      )}
    </li>
  );
}

/** The learned policy glossary, to study before meeting the terms on a page. */
export function GlossaryBrowser({ state }: { state: GlossaryState }) {
  const phase = state.phase.value;
  const shown = state.shown.value;
  const total = state.visible.value.length;
  return (
    <section class="glossary" aria-label={msg('glossaryLabel')}>
      <SearchBox
        label={msg('searchGlossaryLabel')}
        placeholder={msg('searchGlossaryPlaceholder')}
        value={state.query.value}
        onInput={(t) => state.setQuery(t)}
      />
      {state.error.value && (
        <p class="error" role="alert">
          {state.error.value}
        </p>
      )}
      {phase === 'loading' && <p class="muted">{msg('glossaryLoading')}</p>}
      {phase === 'ready' && (
        <>
          <p class="count muted" aria-live="polite">
            {total === 1 ? msg('glossaryCountOne') : msg('glossaryCount', total)}
          </p>
          <ul class="term-list" aria-label={msg('glossaryListLabel')}>
            {shown.map((entry) => (
              <EntryCard
                key={entry.id}
                entry={entry}
                saved={state.saved.value.has(entry.term)}
                onSave={() => void state.save(entry)}
              />
            ))}
          </ul>
          <ShowMore shown={shown.length} total={total} onMore={() => state.showMore()} />
        </>
      )}
    </section>
  );
}
