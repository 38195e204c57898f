import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHoverController } from '@/content/hover/hover-controller';
import { createPopupHost } from '@/content/popup/popup-host';
import { UnitChoices } from '@/content/popup/unit-choices';
import type { Token } from '@/core/types';
import { recordShadowRoots, shadowRootOf } from '../../closed-shadow-roots';
import { useLocale } from '../../use-locale';
import { fakeHighlight, fakeReader } from '../hover/fake-hover';
import { ghgLookupAt, ghgNearby, ghgText, ghgTokens } from '../hover/greenhouse-gas';

useLocale('en');
recordShadowRoots();

afterEach(() => {
  cleanup();
  for (const el of document.querySelectorAll('tanci-popup')) el.remove();
  document.body.replaceChildren();
});

describe('UnitChoices', () => {
  it('offers each unit at the point as a button named after its word, the one shown pressed', () => {
    const onChoose = vi.fn();
    render(<UnitChoices units={ghgNearby} current="温室" onChoose={onChoose} />);
    const group = screen.getByRole('group', { name: 'Also here' });
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['温', '温室', '温室气体']);
    expect(screen.getByRole('button', { name: '温室' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: '温室气体' }).getAttribute('aria-pressed')).toBe('false');
    // Reachable with Tab, unlike the footer's buttons (the popup never takes focus by itself).
    expect(buttons.every((b) => b.tabIndex === 0)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '温室气体' }));
    expect(onChoose).toHaveBeenCalledWith('温室气体', expect.any(Event));
  });

  it('shows nothing when the unit shown is the only one at the point', () => {
    const { container } = render(<UnitChoices units={[ghgNearby[1] as never]} current="温室" />);
    expect(container.textContent).toBe('');
  });
});

describe('choosing inside the closed shadow root', () => {
  it('a focused choice keeps the keys working, and a click there makes the popup follow', async () => {
    const node = document.createTextNode(ghgText);
    document.body.append(node);
    const paragraph = {
      text: ghgText,
      tokens: ghgTokens,
      block: document.body,
      marks: [],
      segments: [{ node, nodeStart: 0, start: 0, end: ghgText.length }],
    };
    const host = createPopupHost(document);
    const { shown, highlight } = fakeHighlight();
    const controller = createHoverController({
      win: window,
      host,
      highlight,
      reader: fakeReader(node, ghgTokens),
      lookup: async (word) => ghgNearby.find((n) => n.word === word) ?? { word, entries: [] },
      lookupAt: ghgLookupAt,
      save: async (data) => ({ term: data.term, pinyin: '', created: true, contexts: 1 }),
    });
    controller.start();
    controller.show({ paragraph, index: 1, token: ghgTokens[1] as Token });
    const root = shadowRootOf(document.querySelector('tanci-popup')) as ShadowRoot;
    const dialogName = () => root.querySelector('[role=dialog]')?.getAttribute('aria-label');
    const choice = (word: string) => root.querySelector(`button[aria-label="${word}"]`) as HTMLButtonElement;
    await vi.waitFor(() => expect(choice('温室')).toBeTruthy());

    choice('温室').focus();
    expect(root.activeElement).toBe(choice('温室'));
    // A key pressed in the popup reaches the page's window retargeted to the host: still the popup's key.
    const down = new KeyboardEvent('keydown', {
      key: 'ArrowDown',
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    choice('温室').dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    expect(dialogName()).toBe('温室');
    expect(choice('温室').getAttribute('aria-pressed')).toBe('true');
    expect(root.activeElement).toBe(choice('温室'));

    choice('温室气体').click();
    expect(dialogName()).toBe('温室气体');
    expect(shown.at(-1)).toBe('温室气体');
    controller.stop();
    expect(shown.at(-1)).toBeNull();
  });
});
