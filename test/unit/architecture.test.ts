/**
 * The house rules that matter enough to be checked on every run rather than remembered
 * (see ARCHITECTURE.md: a pure language core, IndexedDB only in the extension origin, no HTML strings,
 * small files named after what they export).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const SOURCE = /\.(ts|tsx|mts)$/;

function files(dir: string): string[] {
  const abs = join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return files(relative(root, path));
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [relative(root, path)] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
  return found;
}

const appCode = ['entrypoints', 'components', 'utils', 'core', 'scripts'].flatMap(files);

describe('architecture rules', () => {
  it('keeps the language core and the exporters pure (no WXT, Dexie, Preact or browser APIs)', () => {
    const offenders: string[] = [];
    for (const file of [...files('utils/zh'), ...files('core'), ...files('utils/export')]) {
      for (const spec of importsOf(file)) {
        if (
          /^(wxt|#imports|dexie|preact|@preact|@webext-core|@wxt-dev)/.test(spec) ||
          spec.startsWith('@/')
        ) {
          offenders.push(`${file} imports ${spec}`);
        }
      }
      const text = readFileSync(join(root, file), 'utf8');
      if (/\b(browser|chrome)\.(runtime|storage|tabs|i18n)\b/.test(text))
        offenders.push(`${file} uses browser APIs`);
      if (/\b(window|document)\./.test(text)) offenders.push(`${file} touches the DOM`);
    }
    expect(offenders).toEqual([]);
  });

  it('opens IndexedDB only from the background and extension pages, never from content-script code', () => {
    const contentSide = [
      'entrypoints/reader.ts',
      'entrypoints/reader-main.ts',
      ...files('utils/dom'),
      ...files('components/word-popup'),
    ];
    const offenders = contentSide.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec === 'dexie' || /utils\/db(\/|$)/.test(spec))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('never builds HTML from strings', () => {
    const pattern =
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(|dangerouslySetInnerHTML/;
    const offenders = appCode.filter((file) => pattern.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('names files in kebab-case (Preact page roots App/main aside)', () => {
    const offenders = appCode
      .map((file) => file.split('/').pop() ?? '')
      .filter((name) => !/^(App|main)\.tsx$/.test(name))
      .filter((name) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*\.(ts|tsx|mts)$/.test(name));
    expect(offenders).toEqual([]);
  });

  it('keeps files small: none over 400 lines', () => {
    const offenders = [...appCode, ...files('test')]
      .map((file) => ({ file, lines: readFileSync(join(root, file), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 400)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(offenders).toEqual([]);
  });

  it('keeps entrypoint scripts thin: wiring only', () => {
    const offenders = files('entrypoints')
      .filter((file) => /(index|main)\.tsx?$/.test(file))
      .map((file) => ({ file, lines: readFileSync(join(root, file), 'utf8').trim().split('\n').length }))
      .filter(({ lines }) => lines > 40)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(offenders).toEqual([]);
  });
});
