import { handleMessage } from '@/utils/message-handler';
import type { QuietPeriod } from '@/utils/quiet-period';
import type { Token } from '@/utils/zh/types';

export interface ParagraphAnnotator {
  annotate(paragraph: string): Token[];
}

export interface AnnotateDeps {
  /** The annotator, loaded on first use (once per service-worker life). */
  getAnnotator: () => Promise<ParagraphAnnotator>;
  /** Ids of the policy-glossary terms, by term text. */
  getGlossaryIds: () => Promise<ReadonlyMap<string, string>>;
}

/**
 * Segments a group of paragraphs, with pinyin, and marks the tokens that are policy-glossary terms.
 * One message per paragraph group: the content script never segments or holds a dictionary.
 */
export async function annotateParagraphs(deps: AnnotateDeps, paragraphs: string[]): Promise<Token[][]> {
  const [annotator, glossary] = await Promise.all([deps.getAnnotator(), deps.getGlossaryIds()]);
  return paragraphs.map((text) =>
    annotator.annotate(text).map((token) => {
      const id = token.glossaryId ?? (token.zh ? glossary.get(token.text) : undefined);
      return id ? { ...token, glossaryId: id } : token;
    }),
  );
}

export function registerAnnotateHandlers(deps: AnnotateDeps & { quiet?: QuietPeriod }): void {
  handleMessage('annotate', async ({ paragraphs }) => {
    deps.quiet?.busy();
    return { paragraphs: await annotateParagraphs(deps, paragraphs) };
  });
}

/**
 * Starts loading the language core as soon as a frame says it holds Chinese: its reader then asks to
 * annotate a moment later (after loading its own code), and finds the core loaded or half-way there.
 */
export function warmAnnotator(deps: AnnotateDeps): void {
  // A first short annotation also builds what the pinyin reader builds on first use.
  void annotateParagraphs(deps, ['中文']).catch(() => undefined);
}
