import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WordPopup } from '@/content/popup/word-popup';
import { entriesInContext } from '@/core/dictionary/context-reading';
import { createDictionary } from '@/core/dictionary/dictionary';
import { traditionalForm } from '@/core/dictionary/traditional-form';
import { packCedict } from '../../../../scripts/data/cedict';
import { useLocale } from '../../use-locale';

useLocale('en');

// The shipped CC-CEDICT, packed as the build packs it: these characters' rows mix main forms and variants.
const dict = createDictionary(packCedict().packed);

/** The traditional form the popup shows for `word` read as `pinyin`, and the reading of its first sense block. */
function shown(word: string, pinyin: string) {
  const entries = entriesInContext(dict.lookup(word).entries, pinyin);
  return { traditional: traditionalForm(word, entries) ?? null, first: entries[0]?.pinyin };
}

describe('the traditional form beside a simplified word', () => {
  it.each([
    // 偪, 喫, 纔, 週, 祇 are marked in CC-CEDICT as variants of the word itself.
    ['逼', 'bī', null],
    ['吃', 'chī', null],
    ['才', 'cái', null],
    ['周', 'zhōu', null],
    ['只', 'zhǐ', null],
    // Characters with two traditional forms: the one of the reading read in context.
    ['干', 'gàn', '幹'],
    ['干', 'gān', '乾'],
    ['发', 'fā', '發'],
    ['发', 'fà', '髮'],
    ['冲', 'chòng', '衝'],
    // A row that is only a variant pointer (据 → 據|据) does not hide the main form.
    ['据', 'jù', '據'],
    ['够', 'gòu', '夠'],
    ['环境', 'huán jìng', '環境'],
    ['倒逼', 'dào bī', null],
    // Written the same in both scripts.
    ['中国', 'Zhōng guó', '中國'],
    ['碳', 'tàn', null],
  ])('%s read %s: %s', (word, pinyin, traditional) => {
    expect(shown(word, pinyin).traditional).toBe(traditional);
  });

  it('shows none for a word written in traditional characters', () => {
    expect(traditionalForm('環境', dict.lookup('環境').entries)).toBeUndefined();
  });
});

describe('the first sense block is the reading read in context', () => {
  it.each([
    ['倒', 'dào'],
    ['倒', 'dǎo'],
    ['行', 'háng'],
    ['行', 'xíng'],
    ['了', 'le'],
    ['了', 'liǎo'],
    ['后', 'hòu'],
  ])('%s read %s', (word, pinyin) => {
    expect(shown(word, pinyin).first?.toLowerCase()).toBe(pinyin);
  });

  it('keeps dictionary order when the context reading is unknown or none matches', () => {
    const entries = dict.lookup('倒').entries;
    expect(entriesInContext(entries, undefined)).toEqual(entries);
    expect(entriesInContext(entries, 'xyz')).toEqual(entries);
  });
});

describe('the word popup', () => {
  /** The popup for `word` read as `pinyin`, with the shipped dictionary's answer. */
  function popup(word: string, pinyin: string, tones: number[]) {
    const view = { word, pinyin, tones, info: dict.lookup(word), nearby: [], saved: false };
    render(<WordPopup view={view} onSave={() => {}} onCopy={() => {}} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: word });
    return {
      header: dialog.querySelector('header')?.textContent ?? '',
      traditional: dialog.querySelector('header .trad')?.textContent ?? null,
      firstReading: dialog.querySelector('.reading .pinyin')?.textContent ?? '',
    };
  }
  afterEach(cleanup);

  it('shows 逼 without 偪, and 干 read gàn with 幹', () => {
    expect(popup('逼', 'bī', [1]).traditional).toBeNull();
    cleanup();
    expect(popup('干', 'gàn', [4]).traditional).toBe('幹');
  });

  it('opens 倒 read dào (in 倒逼) on the dào senses, as its header says', () => {
    const shownFor = popup('倒', 'dào', [4]);
    expect(shownFor.header).toContain('dào');
    expect(shownFor.firstReading).toBe('dào');
  });
});
