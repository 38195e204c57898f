import { useState } from 'preact/hooks';
import { t as msg } from '@/ui/i18n';

/** A note shown as text with "Edit note"; editing happens in a textarea, saved with the button or Ctrl+Enter. */
export function NoteEditor({
  term,
  note,
  onSave,
}: {
  term: string;
  note: string;
  onSave: (note: string) => Promise<boolean>;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note);
  if (!editing) {
    return (
      <div class="note">
        {note && <p class="note-text">{note}</p>}
        <button
          type="button"
          class="link"
          aria-label={note ? msg('noteEditFor', term) : msg('noteAddFor', term)}
          onClick={() => {
            setDraft(note);
            setEditing(true);
          }}
        >
          {note ? msg('noteEdit') : msg('noteAdd')}
        </button>
      </div>
    );
  }
  const save = async () => {
    if (await onSave(draft)) setEditing(false);
  };
  return (
    <div class="note editing">
      <textarea
        aria-label={msg('noteFor', term)}
        value={draft}
        // biome-ignore lint/a11y/noAutofocus: the reader just asked to edit this note
        autoFocus
        rows={3}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          if (e.key === 'Escape') setEditing(false);
        }}
      />
      <button type="button" onClick={() => void save()}>
        {msg('noteSave')}
      </button>
      <button type="button" class="link" onClick={() => setEditing(false)}>
        {msg('cancel')}
      </button>
    </div>
  );
}
