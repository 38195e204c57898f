import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AboutLicences } from '@/components/about-licences';

describe('AboutLicences', () => {
  it('credits CC-CEDICT under CC BY-SA 4.0, CEDICT by Paul Denisowski, and the MIT HSK list', () => {
    const { container } = render(<AboutLicences />);
    const text = container.textContent ?? '';
    expect(text).toContain('MDBG and the CC-CEDICT contributors');
    expect(text).toContain('Paul Andrew Denisowski');
    expect(text).toContain('Ivan Krasilnikov');
    expect(
      screen.getByRole('link', { name: 'Creative Commons Attribution-ShareAlike 4.0' }).getAttribute('href'),
    ).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
    expect(screen.getByRole('link', { name: 'MIT licence' })).toBeTruthy();
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('rel')).toBe('noreferrer');
  });
});
