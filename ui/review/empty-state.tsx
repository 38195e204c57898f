import { t as msg } from '@/ui/i18n';

/** What a reader sees before saving anything: how to save a term, in two sentences. */
export function EmptyState({ filtered }: { filtered: boolean }) {
  if (filtered) {
    return (
      <p class="empty-state" role="note">
        {msg('emptyNoMatch')}
      </p>
    );
  }
  return (
    <div class="empty-state" role="note">
      <p>
        <strong>{msg('emptyNone')}</strong>
      </p>
      <p>{msg('emptyHowTo')}</p>
    </div>
  );
}
