import { useState } from 'preact/hooks';
import { normalizeTag } from '@/core/export/tags';
import { t as msg } from '@/ui/i18n';
import { useFocusOnMount } from '@/ui/use-focus-on-mount';

/**
 * Tags as removable chips plus "+ tag", which opens a field that adds one on Enter (Escape closes it).
 * The field exists only while adding, which keeps a page of rows light to render.
 */
export function TagEditor({
  term,
  tags,
  onChange,
}: {
  term: string;
  tags: readonly string[];
  onChange: (tags: string[]) => Promise<boolean>;
}) {
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState('');
  const field = useFocusOnMount<HTMLInputElement>(adding);
  return (
    <div class="tags">
      {tags.map((t) => (
        <span class="tag" key={t}>
          {t}
          <button
            type="button"
            class="link"
            aria-label={msg('tagRemove', [t, term])}
            onClick={() => void onChange(tags.filter((x) => x !== t))}
          >
            ×
          </button>
        </span>
      ))}
      {adding ? (
        <input
          ref={field}
          class="tag-input"
          aria-label={msg('tagNew', term)}
          placeholder={msg('tagPlaceholder')}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onBlur={() => {
            if (!draft) setAdding(false);
          }}
          onKeyDown={async (e) => {
            if (e.key === 'Escape') {
              setDraft('');
              setAdding(false);
            }
            if (e.key !== 'Enter') return;
            e.preventDefault();
            const tag = normalizeTag(draft);
            if (tag && (await onChange([...tags, tag]))) {
              setDraft('');
              setAdding(false);
            }
          }}
        />
      ) : (
        <button
          type="button"
          class="link add-tag"
          aria-label={msg('tagAdd', term)}
          onClick={() => setAdding(true)}
        >
          {msg('tagAddButton')}
        </button>
      )}
    </div>
  );
}
