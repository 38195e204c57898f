import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AboutLicences, CREDITS } from '@/ui/settings/about-licences';
import { useLocale } from '../../use-locale';

afterEach(cleanup);

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
    expect(screen.getAllByRole('link', { name: 'MIT licence' })[0]).toBeTruthy();
    expect(text).toContain('Kyubyong Park and Seanie Lee');
    expect(screen.getAllByRole('link', { name: 'Apache License 2.0' })[0]?.getAttribute('href')).toBe(
      'https://www.apache.org/licenses/LICENSE-2.0',
    );
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('rel')).toBe('noreferrer');
  });
});

/**
 * What the extension bundles: package.json's runtime dependencies and what they pull in at run time, and
 * WXT's runtime (not its build tools: WXT's and segmentit's own dependencies, and type packages, ship nothing).
 */
function bundledPackages(): string[] {
  const read = (name: string) =>
    JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as {
      dependencies?: Record<string, string>;
    };
  const root = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  const found = new Set<string>();
  const visit = (name: string) => {
    if (found.has(name) || name.startsWith('@types/')) return;
    found.add(name);
    if (name === 'wxt' || name === 'segmentit') return;
    for (const dep of Object.keys(read(name).dependencies ?? {})) visit(dep);
  };
  for (const name of [...Object.keys(root.dependencies), 'wxt']) visit(name);
  return [...found].sort();
}

describe('AboutLicences lists everything shipped', () => {
  it('credits every bundled library, with its holders and licence, on the page', () => {
    const credited = CREDITS.flatMap((c) => c.packages ?? []);
    const bundled = bundledPackages();
    expect(bundled).toEqual(
      expect.arrayContaining(['segmentit', 'pinyin-pro', 'preact', 'dexie', 'papaparse']),
    );
    expect(bundled.filter((name) => !credited.includes(name))).toEqual([]);
    const { container } = render(<AboutLicences />);
    const text = container.textContent ?? '';
    for (const credit of CREDITS) {
      expect(text).toContain(credit.name);
      expect(text).toContain(credit.holders.replace(/\.$/, ''));
    }
  });
});

describe('AboutLicences in English', () => {
  useLocale('en');

  it('reads as before, one sentence per credit', () => {
    render(<AboutLicences />);
    expect(screen.getByRole('heading', { name: 'Data and licences' })).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    const [cedict, hsk] = items;
    const g2pm = items.find((text) => text.startsWith('g2pM '));
    expect(cedict).toBe(
      'CC-CEDICT (English definitions, readings and traditional forms): MDBG and the CC-CEDICT contributors. ' +
        'Licensed under the Creative Commons Attribution-ShareAlike 4.0. Based on CEDICT, © 1997–1998 Paul Andrew ' +
        'Denisowski. Tanci repacks the dictionary for fast lookup; the packed file is shared under the same licence.',
    );
    expect(hsk).toBe(
      'HSK 3.0 vocabulary list (hsk30) (HSK levels of words): © 2023 Ivan Krasilnikov, © 2021 Shawky, ' +
        '© 2021 Pleco Inc. Licensed under the MIT licence.',
    );
    expect(g2pm).toMatch(
      /^g2pM \(readings of polyphonic characters in context\): Kyubyong Park and Seanie Lee, Kakao Brain\. Licensed under the Apache License 2\.0\. /,
    );
  });
});

describe('AboutLicences in Chinese', () => {
  useLocale('zh_CN');

  it('puts the interface words in Chinese and keeps the attribution as written', () => {
    render(<AboutLicences />);
    expect(screen.getByRole('heading', { name: '数据与许可' })).toBeTruthy();
    const [cedict, hsk] = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(cedict).toMatch(
      /^CC-CEDICT（英文释义、读音和繁体字形）：MDBG and the CC-CEDICT contributors。采用 Creative Commons Attribution-ShareAlike 4\.0 进行许可。 Based on CEDICT, © 1997–1998 Paul Andrew Denisowski\./,
    );
    expect(hsk).toBe(
      'HSK 3.0 vocabulary list (hsk30)（词语的 HSK 等级）：© 2023 Ivan Krasilnikov, © 2021 Shawky, © 2021 Pleco Inc。采用 MIT licence 进行许可。',
    );
    expect(screen.getByRole('link', { name: 'CC-CEDICT' }).getAttribute('href')).toBe(
      'https://cc-cedict.org/wiki/',
    );
    expect(screen.getAllByRole('link', { name: 'MIT licence' })[0]?.getAttribute('href')).toBe(
      'https://opensource.org/license/mit',
    );
  });
});
