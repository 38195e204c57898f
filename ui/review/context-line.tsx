import { useState } from 'preact/hooks';
import type { SavedContext } from '@/core/export/types';
import { t as msg } from '@/ui/i18n';

/** One formatter for every row: building one per call costs more than the rest of the row. */
const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function Source({ context }: { context: SavedContext }) {
  const title = context.pageTitle || context.url || msg('contextPageFallback');
  return (
    <p class="source">
      {isWebUrl(context.url) ? (
        <a href={context.url} target="_blank" rel="noopener noreferrer" title={context.url}>
          {title}
        </a>
      ) : (
        <span>{context.pageTitle}</span>
      )}{' '}
      <span class="muted">{DATE.format(context.savedAt)}</span>
    </p>
  );
}

function Sentence({ text }: { text: string }) {
  return text ? (
    <p class="sentence" lang="zh">
      {text}
    </p>
  ) : null;
}

function EarlierContexts({ earlier, total }: { earlier: SavedContext[]; total: number }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="more-contexts" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{msg('allContexts', total)}</summary>
      {open && (
        <ul>
          {earlier.map((c, i) => (
            <li key={`${c.savedAt}-${i}`}>
              <Sentence text={c.sentence} />
              <Source context={c} />
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

/**
 * The latest sentence a term was saved from, with a link that opens its page (web pages only); earlier
 * contexts fold out under "All N contexts" (rendered only when opened, so long histories cost nothing).
 */
export function ContextLine({ contexts }: { contexts: readonly SavedContext[] }) {
  const latest = contexts[contexts.length - 1];
  if (!latest) return null;
  const earlier = contexts.slice(0, -1).reverse();
  return (
    <div class="context">
      <Sentence text={latest.sentence} />
      <Source context={latest} />
      {earlier.length > 0 && <EarlierContexts earlier={earlier} total={contexts.length} />}
    </div>
  );
}
