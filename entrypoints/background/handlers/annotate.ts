import { handleMessage } from '@/utils/message-handler';
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

export function registerAnnotateHandlers(deps: AnnotateDeps): void {
  handleMessage('annotate', async ({ paragraphs }) => ({
    paragraphs: await annotateParagraphs(deps, paragraphs),
  }));
}
