import { afterEach, describe, expect, it } from 'vitest';
import { openOnLiangGao, openPopup } from './fake-hover';
import { ghgLookupAt, ghgText, ghgTokens } from './greenhouse-gas';

const press = (key: string) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};
const flush = () => new Promise((r) => setTimeout(r, 0));
const openOnGhg = async () => {
  const opened = openPopup({ text: ghgText, tokens: ghgTokens, index: 1, lookupAt: ghgLookupAt });
  // The units at the point arrive with the dictionary's answer.
  await flush();
  return opened;
};
const byPage = <E extends Event>(e: E): E => Object.defineProperty(e, 'isTrusted', { value: false });

afterEach(() => document.body.replaceChildren());

describe('the unit the popup describes is highlighted on the page', () => {
  it('from opening, through ←/→, until it closes', async () => {
    const { highlighted, controller } = await openOnGhg();
    expect(highlighted.at(-1)).toBe('温室气体');
    press('ArrowRight');
    expect(highlighted.at(-1)).toBe('排放');
    press('ArrowLeft');
    press('ArrowLeft');
    expect(highlighted.at(-1)).toBe('控制');
    press('Escape');
    expect(highlighted.at(-1)).toBeNull();
    controller.stop();
  });
});

describe('choosing a longer or shorter unit at the point', () => {
  it('lists the units there, longest first, the one shown among them', async () => {
    const { last, controller } = await openOnGhg();
    expect(last().view.nearby.map((n) => n.word)).toEqual(['温室气体', '温室', '温']);
    expect(last().view.word).toBe('温室气体');
    controller.stop();
  });

  it('a click on one makes the popup, the highlight and Save follow it', async () => {
    const { last, highlighted, save, controller } = await openOnGhg();
    last().onChoose?.('温室');
    expect(last().view.word).toBe('温室');
    expect(last().view.pinyin).toBe('wēn shì');
    expect(last().view.parts).toBeUndefined();
    expect(highlighted.at(-1)).toBe('温室');
    // The choices stay those of the point, so the reader can go back.
    expect(last().view.nearby.map((n) => n.word)).toEqual(['温室气体', '温室', '温']);
    press('s');
    await flush();
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ term: '温室', pinyin: 'wēn shì' }));
    last().onChoose?.('温室气体');
    expect(last().view.word).toBe('温室气体');
    expect(last().view.parts?.map((p) => p.text)).toEqual(['温室', '气体']);
    press('s');
    await flush();
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ term: '温室气体' }));
    controller.stop();
  });

  it('ignores a choice clicked by page script', async () => {
    const { last, controller } = await openOnGhg();
    last().onChoose?.('温', byPage(new MouseEvent('click')));
    expect(last().view.word).toBe('温室气体');
    controller.stop();
  });

  it('↓ chooses the shorter unit, ↑ the longer; ← and → go on from the chosen unit', async () => {
    const { last, highlighted, controller } = await openOnGhg();
    expect(press('ArrowDown')).toBe(true);
    expect(last().view.word).toBe('温室');
    press('ArrowDown');
    expect(last().view.word).toBe('温');
    expect(last().view.pinyin).toBe('wēn');
    // At the shortest, ↓ stays (and is still the popup's key, not the page's scroll).
    expect(press('ArrowDown')).toBe(true);
    expect(last().view.word).toBe('温');
    press('ArrowUp');
    press('ArrowUp');
    expect(last().view.word).toBe('温室气体');
    expect(highlighted.at(-1)).toBe('温室气体');
    press('ArrowDown');
    press('ArrowRight');
    expect(last().view.word).toBe('排放');
    press('ArrowLeft');
    expect(last().view.word).toBe('温室气体');
    controller.stop();
  });
});

describe("the page's keys", () => {
  it('are left alone while no popup is open (Esc included)', async () => {
    const { controller, save } = await openOnGhg();
    press('Escape');
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 's', 'c', 'Escape']) {
      expect(press(key)).toBe(false);
    }
    await flush();
    expect(save).not.toHaveBeenCalled();
    controller.stop();
  });

  it('↑/↓ stay the page’s when the popup has no other unit to offer', async () => {
    const { controller, last } = openOnLiangGao();
    await flush();
    expect(press('ArrowDown')).toBe(false);
    expect(press('ArrowUp')).toBe(false);
    expect(last().view.word).toBe('两高');
    expect(press('ArrowRight')).toBe(true);
    controller.stop();
  });
});

describe('losing the focus', () => {
  it('closes the popup when the window loses it, not when an element of the page does', async () => {
    const { controller, host, highlighted } = openOnLiangGao();
    const button = document.createElement('button');
    document.body.append(button);
    // A click on the popup's Save takes the focus from the button the reader clicked before.
    button.dispatchEvent(new FocusEvent('blur'));
    expect(host.hide).not.toHaveBeenCalled();
    expect(highlighted.at(-1)).toBe('两高');
    window.dispatchEvent(new FocusEvent('blur'));
    expect(host.hide).toHaveBeenCalledTimes(1);
    expect(highlighted.at(-1)).toBeNull();
    controller.stop();
  });
});
