import { afterEach, describe, expect, it } from 'vitest';
import { openOnLiangGao, tokens } from './fake-hover';

afterEach(() => document.body.replaceChildren());

describe('popup warm-up', () => {
  const marked = () => ({
    ...openOnLiangGao(),
    tokens: tokens.map((t) => (t.text === '两高' ? { ...t, glossaryId: 'g1' } : t)),
  });

  it("prepares a policy term's popup, then a dictionary word's, each with its answer", async () => {
    const { controller, paragraph, prepared, tokens: withTerm } = marked();
    controller.hide();
    const read = [{ ...paragraph, tokens: withTerm }];
    expect(await controller.warm(read)).toBe(true);
    expect(await controller.warm(read)).toBe(true);
    expect(await controller.warm(read)).toBe(false);
    expect(prepared.map((p) => p.view.word)).toEqual(['两高', '坚决']);
    expect(prepared[0]?.view.info).toEqual({ word: '两高', entries: [] });
    controller.stop();
  });

  it('never lays out over a popup the reader has open', async () => {
    const { controller, paragraph, prepared, tokens: withTerm } = marked();
    expect(await controller.warm([{ ...paragraph, tokens: withTerm }])).toBe(true);
    expect(prepared).toHaveLength(0);
    controller.stop();
  });
});
