import { useState } from 'preact/hooks';
import { normalizeTag } from '@/utils/export/tags';

/** Tags as removable chips plus a field that adds one on Enter. */
export function TagEditor({
  term,
  tags,
  onChange,
}: {
  term: string;
  tags: readonly string[];
  onChange: (tags: string[]) => Promise<boolean>;
}) {
  const [draft, setDraft] = useState('');
  return (
    <div class="tags">
      {tags.map((t) => (
        <span class="tag" key={t}>
          {t}
          <button
            type="button"
            class="link"
            aria-label={`Remove tag ${t} from ${term}`}
            onClick={() => void onChange(tags.filter((x) => x !== t))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        class="tag-input"
        aria-label={`Add a tag to ${term}`}
        placeholder="+ tag"
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={async (e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          const tag = normalizeTag(draft);
          if (tag && (await onChange([...tags, tag]))) setDraft('');
        }}
      />
    </div>
  );
}
