import { t as msg } from '@/ui/i18n';

/** The button under a list shown a page at a time: how many are left, and the way to show the next page. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <button type="button" class="show-more" onClick={onMore}>
      {msg('showMore', total - shown)}
    </button>
  );
}
