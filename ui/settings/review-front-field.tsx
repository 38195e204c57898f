import { reviewSettingsItem } from '@/protocol/settings/review-settings';
import { useReviewFront } from '@/ui/review/use-review-front';
import { ChoiceField } from './choice-field';

/** The options page's Review section: what the front of a review card shows. */
export function ReviewFrontField() {
  const front = useReviewFront();
  return (
    <ChoiceField
      name="reviewFront"
      value={front}
      onChange={(next) => void reviewSettingsItem.setValue({ front: next })}
    />
  );
}
