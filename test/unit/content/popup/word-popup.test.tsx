import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PopupView, WordPopup } from '@/content/popup/word-popup';
import type { GlossaryEntry, WordInfo } from '@/core/types';
import { useLocale } from '../../use-locale';

useLocale('en');

// A device with a Chinese voice: the popup shows speaker buttons only then (happy-dom has no speech).
vi.stubGlobal('speechSynthesis', {
  getVoices: () => [{ name: 'Tingting', lang: 'zh-CN', localService: true }],
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
});
vi.stubGlobal('SpeechSynthesisUtterance', class {});

afterEach(cleanup);

const liangGao: GlossaryEntry = {
  id: '两高',
  term: '两高',
  pinyin: 'liǎng gāo',
  english: 'the "two highs" (energy-intensive, high-emission projects)',
  expansion: '高耗能、高排放',
  expansionEnglish: 'high energy consumption, high emissions',
  explanation: 'Projects that use much energy and emit much; their approval is being curbed.',
  category: 'abbreviation',
  examples: [{ sentence: '坚决遏制“两高”项目盲目发展。', source: '中国环境报 2021-08' }],
  reviewed: true,
  frequency: 4,
  score: 1,
  signals: [],
};

const info: WordInfo = {
  word: '两高',
  entries: [
    {
      simplified: '两高',
      traditional: '兩高',
      pinyin: 'liǎng gāo',
      tones: [3, 1],
      senses: ['the two highs'],
    },
  ],
  hsk: 6,
  glossary: liangGao,
};

function view(over: Partial<PopupView> = {}): PopupView {
  return { word: '两高', pinyin: 'liǎng gāo', tones: [3, 1], info, nearby: [], saved: false, ...over };
}

describe('WordPopup', () => {
  it('is a dialog named after the word, with the glossary entry first', () => {
    render(<WordPopup view={view()} onSave={() => {}} onCopy={() => {}} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: '两高' });
    const text = dialog.textContent ?? '';
    expect(text).toContain('兩高');
    expect(text).toContain('liǎng gāo');
    expect(text).toContain('高耗能、高排放');
    expect(text).toContain('Policy term · abbreviation');
    expect(text).toContain('中国环境报 2021-08');
    expect(text.indexOf('高耗能')).toBeLessThan(text.indexOf('the two highs'));
    expect(screen.getByText('HSK 6')).toBeTruthy();
  });

  it('colours each syllable by its tone', () => {
    render(<WordPopup view={view()} onSave={() => {}} onCopy={() => {}} onClose={() => {}} />);
    const [liang, gao] = screen.getAllByText(/^(liǎng|gāo)$/);
    expect(liang?.className).toBe('t3');
    expect(gao?.className).toBe('t1');
  });

  it('names its Save button by state and calls back', () => {
    const onSave = vi.fn();
    const { rerender } = render(
      <WordPopup view={view()} onSave={onSave} onCopy={() => {}} onClose={() => {}} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledOnce();
    rerender(<WordPopup view={view({ saved: true })} onSave={onSave} onCopy={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows a loading line until the dictionary answers, and other words at that point', () => {
    const nearby: WordInfo[] = [{ word: '两高项目', entries: [] }];
    render(
      <WordPopup
        view={view({ info: null, nearby })}
        onSave={() => {}}
        onCopy={() => {}}
        onClose={() => {}}
      />,
    );
    expect(screen.getByText('Looking up…')).toBeTruthy();
    expect(screen.getByRole('dialog').textContent).toContain('两高项目');
  });
});

describe('WordPopup in Chinese', () => {
  useLocale('zh_CN');

  it('labels its buttons in the browser language', () => {
    render(<WordPopup view={view({ saved: true })} onSave={() => {}} onCopy={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('button', { name: '已保存' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '复制' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '关闭' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '朗读' })).toBeTruthy();
  });

  it('labels the policy entry and its category in the browser language (the entry itself stays English)', () => {
    render(<WordPopup view={view()} onSave={() => {}} onCopy={() => {}} onClose={() => {}} />);
    const entry = screen.getByRole('region', { name: '政策术语表' });
    expect(entry.textContent).toContain('政策术语 · 缩略语');
    expect(entry.textContent).toContain('全称：高耗能、高排放');
    expect(entry.textContent).toContain('energy-intensive, high-emission projects');
  });
});
