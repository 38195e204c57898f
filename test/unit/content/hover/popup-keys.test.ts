import { afterEach, describe, expect, it } from 'vitest';
import { openOnLiangGao, text } from './fake-hover';

const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => document.body.replaceChildren());

describe('popup keys', () => {
  it('S saves the word with its sentence, page title and URL, and the popup turns to Saved', async () => {
    const { save, last, controller } = openOnLiangGao();
    document.title = '石家庄市建立“五个机制”';
    press('s');
    await flush();
    await flush();
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        term: '两高',
        pinyin: 'liǎng gāo',
        sentence: text,
        pageTitle: '石家庄市建立“五个机制”',
        url: window.location.href,
      }),
    );
    expect(last().view.saved).toBe(true);
    controller.stop();
  });

  it('C copies, arrows move between words (skipping punctuation), Esc closes', async () => {
    const { copy, last, host, controller } = openOnLiangGao();
    press('c');
    await flush();
    expect(copy).toHaveBeenCalledWith('两高');
    press('ArrowRight');
    expect(last().view.word).toBe('项目');
    press('ArrowLeft');
    press('ArrowLeft');
    expect(last().view.word).toBe('遏制');
    press('Escape');
    expect(host.hide).toHaveBeenCalled();
    expect(controller.current).toBeNull();
    controller.stop();
  });

  it('leaves keys alone while the reader types in a form field', async () => {
    const { save, controller } = openOnLiangGao();
    const input = document.createElement('input');
    document.body.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true }));
    await flush();
    expect(save).not.toHaveBeenCalled();
    controller.stop();
  });
});
