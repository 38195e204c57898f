import type { SavedContext } from '@/utils/export/types';

/** One formatter for every row: building one per call costs more than the rest of the row. */
const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The sentence a term was saved from, and a link that opens its page (web pages only). */
export function ContextLine({ context, count }: { context: SavedContext | undefined; count: number }) {
  if (!context) return null;
  const when = DATE.format(context.savedAt);
  const title = context.pageTitle || context.url || 'page';
  return (
    <div class="context">
      {context.sentence && (
        <p class="sentence" lang="zh">
          {context.sentence}
        </p>
      )}
      <p class="source">
        {isWebUrl(context.url) ? (
          <a href={context.url} target="_blank" rel="noopener noreferrer" title={context.url}>
            {title}
          </a>
        ) : (
          <span>{context.pageTitle}</span>
        )}{' '}
        <span class="muted">
          {when}
          {count > 1 ? ` · saved ${count} times` : ''}
        </span>
      </p>
    </div>
  );
}
