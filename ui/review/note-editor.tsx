import { useId, useRef, useState } from 'preact/hooks';
import { t as msg } from '@/ui/i18n';
import { useFocusOnMount } from '@/ui/use-focus-on-mount';

/**
 * A note shown as text with "Add/Edit note". Editing happens in a textarea that has the focus as soon as
 * it opens: Enter saves (Shift+Enter is a new line), Escape closes without saving. What was typed stays
 * as the draft until it is saved, so closing by mistake and reopening loses nothing.
 */
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
  const [draft, setDraft] = useState<string | null>(null);
  const closed = useRef(false);
  const box = useFocusOnMount<HTMLTextAreaElement>(editing);
  // Back on "Edit note" after the editor closes (not when the row first renders), so the keyboard stays put.
  const opener = useFocusOnMount<HTMLButtonElement>(!editing && closed.current);
  const saving = useRef(false);
  const keysId = useId();
  const close = () => {
    closed.current = true;
    setEditing(false);
  };
  if (!editing) {
    return (
      <div class="note" key="shown">
        {note && <p class="note-text">{note}</p>}
        <button
          ref={opener}
          type="button"
          class="link"
          aria-label={note ? msg('noteEditFor', term) : msg('noteAddFor', term)}
          onClick={() => setEditing(true)}
        >
          {note ? msg('noteEdit') : msg('noteAdd')}
        </button>
      </div>
    );
  }
  const text = draft ?? note;
  const save = async () => {
    if (saving.current) return;
    saving.current = true;
    try {
      if (await onSave(text)) {
        setDraft(null);
        close();
      }
    } finally {
      saving.current = false;
    }
  };
  return (
    // A key of its own: otherwise the "Add note" button, reused as "Save note", kept the focus.
    <div class="note editing" key="editing">
      <textarea
        ref={box}
        aria-label={msg('noteFor', term)}
        aria-describedby={keysId}
        value={text}
        rows={3}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            void save();
          }
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <button type="button" onClick={() => void save()}>
        {msg('noteSave')}
      </button>
      <button type="button" class="link" onClick={close}>
        {msg('cancel')}
      </button>
      <p class="muted note-keys" id={keysId}>
        {msg('noteKeys')}
      </p>
    </div>
  );
}
