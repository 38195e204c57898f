import { describe, expect, it } from 'vitest';
import type { HoverTarget } from '@/content/hover/hover-deps';
import { saveWord } from '@/content/hover/save-word';
import { createWordInfoCache } from '@/content/hover/word-info-cache';
import type { MessageData } from '@/protocol/messages';
import { fakeReader, text, tokens } from './fake-hover';

/** Saves 两高 from a paragraph in `block`, returning the payload sent. */
async function saveFrom(block: Element, sourceOf?: (block: Node) => string | null | undefined) {
  const node = document.createTextNode(text);
  block.append(node);
  const sent: MessageData<'saveTerm'>[] = [];
  const target: HoverTarget = {
    paragraph: { text, segments: [], block, tokens, marks: [] },
    index: 3,
    token: tokens[3] as HoverTarget['token'],
  };
  await saveWord(target, {
    win: window,
    cache: createWordInfoCache(
      async () => null,
      async () => [],
    ),
    reader: fakeReader(node, tokens),
    save: async (data) => {
      sent.push(data);
      return { saved: true } as never;
    },
    ...(sourceOf ? { sourceOf } : {}),
  });
  return sent[0];
}

describe('the source a saved word records', () => {
  it('is the page title on a web page', async () => {
    document.title = '石家庄市建立“五个机制”';
    expect((await saveFrom(document.createElement('p')))?.pageTitle).toBe('石家庄市建立“五个机制”');
  });

  it('is what the reader page names for the block (a PDF file and page), the title where it names none', async () => {
    document.title = 'plan.pdf';
    const section = document.createElement('section');
    const sourceOf = (block: Node) => ((block as Element) === section ? 'plan.pdf, page 3' : null);
    expect((await saveFrom(section, sourceOf))?.pageTitle).toBe('plan.pdf, page 3');
    expect((await saveFrom(document.createElement('p'), sourceOf))?.pageTitle).toBe('plan.pdf');
  });
});
