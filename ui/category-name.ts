import { GLOSSARY_CATEGORIES, type GlossaryCategory } from '@/core/types';
import { t } from '@/ui/i18n';

/**
 * A glossary category in the interface language. Stored terms and exports keep the English key; a
 * category that came from an imported file shows as it came.
 */
export function categoryName(category: string): string {
  return (GLOSSARY_CATEGORIES as readonly string[]).includes(category)
    ? t(`category_${category as GlossaryCategory}`)
    : category;
}
