import type { VocabRepo } from '@/background/db/vocab-repo';
import { registerAnkiHandlers } from './anki';
import { registerReviewHandlers } from './review';

/** Learning from saved terms: review on the memory schedule (reviewQueue, gradeCard, …) and Send to Anki. */
export function registerStudyHandlers({ repo }: { repo: VocabRepo }): void {
  registerReviewHandlers();
  registerAnkiHandlers({ repo });
}
