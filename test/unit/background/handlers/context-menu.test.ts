import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SaveInput } from '@/background/db/vocab-repo';
import { toggleInlinePinyin } from '@/background/handlers/commands';
import {
  type ContextMenuDeps,
  MENU_LOOKUP,
  MENU_OPEN_PDF,
  MENU_SAVE,
  onMenuClick,
  readerUrlFor,
  saveSelection,
  selectedTerm,
} from '@/background/handlers/context-menu';
import type { DictionaryLoader } from '@/background/loaders/dictionary-loader';
import { readSelectionContext } from '@/content/page/selection-context';
import type { WordInfo } from '@/core/types';
import { defineSettingsItem, getSettings } from '@/protocol/settings/settings';

const INFO: Record<string, WordInfo> = {
  双控: {
    word: '双控',
    entries: [],
    glossary: {
      id: '双控',
      term: '双控',
      pinyin: 'shuāng kòng',
      english: 'dual control (of energy use)',
      explanation: '',
      category: 'mechanism',
      examples: [],
      reviewed: true,
      frequency: 3,
      score: 1,
      signals: [],
    },
  },
  减排: {
    word: '减排',
    entries: [
      {
        simplified: '减排',
        traditional: '減排',
        pinyin: 'jiǎn pái',
        tones: [3, 2],
        senses: ['to reduce emissions'],
      },
    ],
  },
};

const dictionary = {
  get: async () => ({
    lookupMany: async (words: string[]) => words.map((w) => INFO[w] ?? { word: w, entries: [] }),
  }),
} as unknown as DictionaryLoader;

function fakeDeps(over: Partial<ContextMenuDeps> = {}) {
  const saved: SaveInput[] = [];
  const badges: string[] = [];
  const deps: ContextMenuDeps = {
    save: async (input) => {
      saved.push(input);
      return { term: input.term, pinyin: input.pinyin, created: true, contexts: 1 };
    },
    dictionary,
    badge: (_tab, text) => badges.push(text),
    ...over,
  };
  return { deps, saved, badges };
}

describe('context menu', () => {
  it('saves the selection with its sentence and the glossary English', async () => {
    const { deps, saved } = fakeDeps({
      selectionContext: async () => ({
        text: '双控',
        sentence: '推动能耗双控逐步转向碳排放双控。',
        pageTitle: '新闻',
        url: 'https://example.cn/a',
      }),
    });
    await saveSelection(deps, { menuItemId: MENU_SAVE, selectionText: '双控', frameId: 0 }, { id: 3 });
    expect(saved).toEqual([
      {
        term: '双控',
        pinyin: 'shuāng kòng',
        english: 'dual control (of energy use)',
        sentence: '推动能耗双控逐步转向碳排放双控。',
        pageTitle: '新闻',
        url: 'https://example.cn/a',
        glossaryId: '双控',
        category: 'mechanism',
      },
    ]);
  });

  it('falls back to the menu’s own selection text when the frame cannot answer', async () => {
    const { deps, saved, badges } = fakeDeps({
      selectionContext: async () => {
        throw new Error('no content script');
      },
    });
    await onMenuClick(
      deps,
      { menuItemId: MENU_SAVE, selectionText: ' 减 排 ', pageUrl: 'https://x.cn/' },
      { id: 1 },
    );
    expect(saved[0]).toMatchObject({
      term: '减排',
      pinyin: 'jiǎn pái',
      english: 'to reduce emissions',
      url: 'https://x.cn/',
    });
    expect(badges).toEqual(['✓']);
  });

  it('refuses selections that are not a Chinese word, and says so on the badge', async () => {
    const { deps, saved, badges } = fakeDeps();
    await onMenuClick(deps, { menuItemId: MENU_SAVE, selectionText: 'hello' }, { id: 1 });
    expect(saved).toEqual([]);
    expect(badges).toEqual(['!']);
    expect(selectedTerm('碳'.repeat(65))).toBeNull();
  });

  it('opens the reader page for a link to a PDF, next to the tab, naming the link', async () => {
    const opened: [string, number | undefined][] = [];
    const { deps, saved, badges } = fakeDeps({
      openReader: async (url, index) => opened.push([url, index]),
    });
    await onMenuClick(
      deps,
      { menuItemId: MENU_OPEN_PDF, linkUrl: 'https://www.mee.gov.cn/a.pdf' },
      { id: 1, index: 4 },
    );
    await onMenuClick(deps, { menuItemId: MENU_OPEN_PDF }, { id: 1 });
    expect(opened).toEqual([['https://www.mee.gov.cn/a.pdf', 4]]);
    expect([saved, badges]).toEqual([[], []]);
    expect(readerUrlFor('https://x.cn/规划 1.pdf?a=1&b=2', (p) => `chrome-extension://id${p}`)).toBe(
      'chrome-extension://id/document.html?pdf=https%3A%2F%2Fx.cn%2F%E8%A7%84%E5%88%92%201.pdf%3Fa%3D1%26b%3D2',
    );
  });

  it('asks the frame to show the popup for a lookup', async () => {
    const asked: string[] = [];
    const { deps, badges } = fakeDeps({
      showLookup: async (_t, _f, text) => {
        asked.push(text);
        return text === '减排';
      },
    });
    await onMenuClick(deps, { menuItemId: MENU_LOOKUP, selectionText: '减排' }, { id: 1 });
    await onMenuClick(deps, { menuItemId: MENU_LOOKUP, selectionText: '无关' }, { id: 1 });
    expect(asked).toEqual(['减排', '无关']);
    expect(badges).toEqual(['?']);
  });

  it('reads the selection and its sentence from the page', () => {
    document.body.innerHTML = '<p>前文。我们要推进<b>减排</b>工作！后文。</p>';
    const b = document.querySelector('b')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(b, 0);
    range.setEnd(b, 2);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    expect(readSelectionContext(window)).toMatchObject({ text: '减排', sentence: '我们要推进减排工作！' });
  });
});

describe('keyboard commands', () => {
  beforeEach(() => fakeBrowser.reset());
  it('toggles inline pinyin in the settings', async () => {
    const item = defineSettingsItem('local:cmd');
    expect(await toggleInlinePinyin(item)).toBe(true);
    expect((await getSettings(item)).inlinePinyin.enabled).toBe(true);
    expect(await toggleInlinePinyin(item)).toBe(false);
  });
});
