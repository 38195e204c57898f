import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WordPopup } from '@/content/popup/word-popup';
import { useLocale } from '../../use-locale';

useLocale('en');
afterEach(cleanup);

const view = {
  word: '碳效码',
  pinyin: 'tàn xiào mǎ',
  tones: [4, 4, 3],
  info: { word: '碳效码', entries: [], composed: 'carbon efficiency + code' },
  nearby: [],
  parts: [
    { text: '碳效', pinyin: 'tàn xiào', tones: [4, 4], english: 'carbon efficiency' },
    { text: '码', pinyin: 'mǎ', tones: [3], english: 'code' },
  ],
  saved: false,
  pageTerm: true,
};

describe('a page term in the word popup', () => {
  it('explains it by its parts, says it is unreviewed and adds it to the glossary in one click', () => {
    const onSave = vi.fn();
    render(<WordPopup view={view} onSave={onSave} onCopy={() => undefined} onClose={() => undefined} />);
    const section = screen.getByRole('region', { name: 'Learned from this page' });
    expect(section.textContent).toContain('Page term · not reviewed');
    expect(screen.getByRole('dialog').textContent).toContain('碳效 tàn xiào carbon efficiency');
    fireEvent.click(screen.getByRole('button', { name: 'Add to my glossary' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('shows an added term as in the glossary, and no section for other words', () => {
    const { rerender } = render(
      <WordPopup
        view={{ ...view, saved: true }}
        onSave={() => undefined}
        onCopy={() => undefined}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: 'In my glossary' }).getAttribute('aria-pressed')).toBe('true');
    rerender(
      <WordPopup
        view={{ ...view, pageTerm: false }}
        onSave={() => undefined}
        onCopy={() => undefined}
        onClose={() => undefined}
      />,
    );
    expect(screen.queryByRole('region', { name: 'Learned from this page' })).toBeNull();
  });
});
