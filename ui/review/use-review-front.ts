import {
  normalizeReviewSettings,
  type ReviewFront,
  reviewSettingsItem,
} from '@/protocol/settings/review-settings';
import { useStoredValue } from '@/ui/use-stored-value';

const frontOf = (raw: unknown) => normalizeReviewSettings(raw).front;

/** The review-card front the reader chose in settings, following changes made in another window. */
export function useReviewFront(item = reviewSettingsItem): ReviewFront {
  return useStoredValue(item as never, frontOf);
}
