import { openReviewRepo } from '@/background/db/open-review-repo';
import type { ReviewRepo } from '@/background/db/review-repo';
import { isExtensionPage } from '@/background/sender';
import { handleMessage, UntrustedSenderError } from '@/protocol/message-handler';
import type { ProtocolMap } from '@/protocol/messages';

/**
 * Review on the memory schedule: the vocabulary page asks for due cards and sends grades here, so every
 * grade is one durable write in the extension's database. Only extension pages review; `now` is the clock.
 */
export function registerReviewHandlers({
  reviews = openReviewRepo(),
  now = Date.now,
}: {
  reviews?: ReviewRepo;
  now?: () => number;
} = {}): void {
  const fromPage = (type: keyof ProtocolMap, sender: Parameters<typeof isExtensionPage>[0]) => {
    if (!isExtensionPage(sender)) throw new UntrustedSenderError(`${type}: only Tanci's own pages review`);
  };
  handleMessage('reviewQueue', ({ limit }, sender) => {
    fromPage('reviewQueue', sender);
    return reviews.queue(now(), limit);
  });
  handleMessage('gradeCard', ({ term, pinyin, grade, gradeId }, sender) => {
    fromPage('gradeCard', sender);
    return reviews.grade([term, pinyin], grade, gradeId, now());
  });
  handleMessage('reviewCards', async (_, sender) => {
    fromPage('reviewCards', sender);
    return { cards: await reviews.all() };
  });
  handleMessage('importReviewCards', ({ cards }, sender) => {
    fromPage('importReviewCards', sender);
    return reviews.importCards(cards);
  });
}
