import { t } from '@/ui/i18n';

export interface PageTermSectionProps {
  /** Whether the term is in the reader's saved glossary already. */
  saved: boolean;
  /** Saves it with its sentence and this page as its source (the popup's Save). */
  onAdd: () => void;
}

/**
 * The popup's section for a term learned from the page (core/glossary/learn/page-terms.ts): no dictionary
 * or glossary entry explains it, so the parts above do; it is marked unreviewed, and one click keeps it.
 */
export function PageTermSection({ saved, onAdd }: PageTermSectionProps) {
  return (
    <section class="page-term" aria-label={t('popupPageTermRegion')}>
      <div class="label">{t('popupPageTerm')}</div>
      <p class="muted">{t('popupPageTermNote')}</p>
      <button type="button" tabIndex={-1} aria-pressed={saved} onClick={onAdd}>
        {saved ? t('popupInGlossary') : t('popupAddToGlossary')}
      </button>
    </section>
  );
}
