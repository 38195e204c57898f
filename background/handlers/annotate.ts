import { browser } from 'wxt/browser';
import { annotateInChunks, createChunkCost } from '@/background/annotate-chunks';
import { registerPageTermHandlers } from '@/background/handlers/page-terms';
import { createPageWords, type PageWords } from '@/background/page-words';
import type { QuietPeriod } from '@/background/quiet-period';
import { type BulkSender, bulkOwnerOf, type Scheduler } from '@/background/scheduler';
import type { Token } from '@/core/types';
import { handleMessage } from '@/protocol/message-handler';

export interface ParagraphAnnotator {
  annotate(paragraph: string): Token[];
  /** A word's entry kind and class (core/segment/unit-annotator.ts), which the page-term learner reads. */
  wordFlags?(word: string): number;
}

export interface AnnotateDeps {
  /** The annotator, loaded on first use (once per service-worker life). */
  getAnnotator: () => Promise<ParagraphAnnotator>;
  /** Ids of the policy-glossary terms, by term text. */
  getGlossaryIds: () => Promise<ReadonlyMap<string, string>>;
  /** Segmentation and glossary ids without pinyin: loads in a fraction of the full annotator's time. */
  getSegmentationAnnotator?: () => Promise<ParagraphAnnotator>;
  /** Whether the full annotator is loaded (then it answers everything). */
  annotatorLoaded?: () => boolean;
}

export interface Annotated {
  paragraphs: Token[][];
  /** False when the tokens carry no pinyin yet (a quick answer while the pinyin reader loads). */
  pinyin: boolean;
}

/**
 * Segments a group of paragraphs, with pinyin, and marks the tokens that are policy-glossary terms.
 * One message per paragraph group: the content script never segments or holds a dictionary. `quick`:
 * while the pinyin reader is still loading, answer at once without pinyin (the first viewport's marks
 * need only the segmentation); the full load then starts after the reply has gone.
 */
export async function annotateParagraphs(
  deps: AnnotateDeps,
  paragraphs: string[],
  { quick = false }: { quick?: boolean } = {},
): Promise<Annotated> {
  const early = quick && deps.getSegmentationAnnotator && !deps.annotatorLoaded?.();
  const [annotator, glossary] = await Promise.all([
    early && deps.getSegmentationAnnotator ? deps.getSegmentationAnnotator() : deps.getAnnotator(),
    deps.getGlossaryIds(),
  ]);
  if (early) setTimeout(() => void deps.getAnnotator().catch(() => undefined), 0);
  return {
    pinyin: !early,
    paragraphs: paragraphs.map((text) => withGlossaryIds(annotator.annotate(text), glossary)),
  };
}

function withGlossaryIds(tokens: Token[], glossary: ReadonlyMap<string, string>): Token[] {
  return tokens.map((token) => {
    const id = token.glossaryId ?? (token.zh ? glossary.get(token.text) : undefined);
    return id ? { ...token, glossaryId: id } : token;
  });
}

/**
 * A bulk group (`annotate` with `bulk`): the same answer as `annotateParagraphs`, computed in the
 * scheduler's chunks after the requests a reader waits for. Rejects with BulkCancelledError when dropped.
 */
export async function annotateBulk(
  deps: AnnotateDeps & { scheduler: Scheduler; cost: ReturnType<typeof createChunkCost>; now?: () => number },
  paragraphs: string[],
  sender: BulkSender,
  group: number,
): Promise<Annotated> {
  const [annotator, glossary] = await Promise.all([deps.getAnnotator(), deps.getGlossaryIds()]);
  const work = annotateInChunks(
    (text) => withGlossaryIds(annotator.annotate(text), glossary),
    paragraphs,
    deps.cost,
    deps.now ?? (() => performance.now()),
  );
  return { pinyin: true, paragraphs: await deps.scheduler.bulk(bulkOwnerOf(sender, group), work) };
}

export function registerAnnotateHandlers(
  deps: AnnotateDeps & {
    quiet?: QuietPeriod;
    scheduler?: Scheduler;
    /** Told every answer: the page's terms and its vocabulary are counted from them, not from a second reading. */
    pageWords?: PageWords;
  },
): void {
  const { scheduler } = deps;
  const cost = createChunkCost();
  // The page's own terms are learned from what it had annotated, as bulk work (handlers/page-terms.ts).
  const pageWords = deps.pageWords ?? (scheduler ? createPageWords() : undefined);
  // The quick annotator's word flags are the full one's (one unit trie): whichever is loaded first.
  const wordFlags = async () => (await (deps.getSegmentationAnnotator ?? deps.getAnnotator)()).wordFlags;
  if (scheduler && pageWords) registerPageTermHandlers({ scheduler, pageWords, wordFlags });
  handleMessage('annotate', async ({ paragraphs, quick, bulk }, sender) => {
    deps.quiet?.busy();
    const answer =
      bulk === undefined || !scheduler
        ? await annotateParagraphs(deps, paragraphs, { quick })
        : await annotateBulk({ ...deps, scheduler, cost }, paragraphs, sender, bulk);
    // Kept for the page's own terms and its vocabulary: the page is not read twice.
    void pageWords?.record(sender, paragraphs, answer.paragraphs);
    return answer;
  });
  handleMessage('cancelAnnotate', async ({ groups }, sender) => ({
    dropped: scheduler?.drop({ document: bulkOwnerOf(sender).document, groups }) ?? 0,
  }));
  // A closed tab's reading is of no use to anyone.
  if (scheduler) browser.tabs.onRemoved.addListener((tabId) => void scheduler.drop({ tabId }));
}

/**
 * Starts loading the language core as soon as a frame says it holds Chinese: its reader then asks to
 * annotate a moment later (after loading its own code), and finds the core loaded or half-way there.
 * Only the segmentation part when there is one: the reader's first, quick request needs no more, and
 * pinyin-pro's first-use build would hold up the worker's answer to it.
 */
export function warmAnnotator(deps: AnnotateDeps): void {
  if (deps.getSegmentationAnnotator && !deps.annotatorLoaded?.()) {
    void deps.getSegmentationAnnotator().catch(() => undefined);
    return;
  }
  // A first short annotation also builds what the pinyin reader builds on first use.
  void annotateParagraphs(deps, ['中文']).catch(() => undefined);
}
