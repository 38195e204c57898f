/**
 * The house rules that matter enough to be checked on every run rather than remembered
 * (docs/ARCHITECTURE.md: code grouped by where it runs, a pure language core, IndexedDB only in the
 * extension origin, no HTML strings, no benchmark or test hooks in shipped code, one definition of each
 * concept, small files named after what they export).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const SOURCE = /\.(ts|tsx|mts)$/;

function files(dir: string): string[] {
  const abs = join(root, dir);
  if (existsSync(abs) && statSync(abs).isFile()) return [dir];
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

const text = (file: string) => readFileSync(join(root, file), 'utf8');

/** Code without its comments, so a rule about code is not tripped by a sentence about it. */
const code = (file: string) =>
  text(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

function importsOf(file: string): string[] {
  return [...text(file).matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
}

/** Where an import of this repository's code points, as a repository path ('' for packages). */
function targetOf(file: string, spec: string): string {
  if (spec.startsWith('@/')) return normalize(spec.slice(2));
  if (spec.startsWith('.')) return normalize(join(dirname(file), spec));
  return '';
}

const FOLDERS = ['entrypoints', 'protocol', 'core', 'background', 'content', 'ui'];
const shipped = FOLDERS.flatMap(files);
const appCode = [...shipped, ...files('scripts')];

describe('architecture rules', () => {
  it('has no code left in the folders the layout replaced', () => {
    expect(['utils', 'components'].flatMap(files)).toEqual([]);
  });

  it('keeps core/ pure (no WXT, Dexie, Preact or browser APIs; imports only core/ and plain packages)', () => {
    const offenders: string[] = [];
    for (const file of files('core')) {
      for (const spec of importsOf(file)) {
        const target = targetOf(file, spec);
        if (/^(wxt|#imports|dexie|preact|@preact|@webext-core|@wxt-dev)/.test(spec) || spec.startsWith('@/'))
          offenders.push(`${file} imports ${spec}`);
        // The protocol's schema checker is pure too; the JSON backup import validates with it.
        else if (target && !target.startsWith('core/') && target !== 'protocol/validate')
          offenders.push(`${file} reaches out of core/: ${spec}`);
      }
      const body = code(file);
      if (/\b(browser|chrome)\.(runtime|storage|tabs|i18n)\b/.test(body))
        offenders.push(`${file} uses browser APIs`);
      if (/\b(window|document)\./.test(body)) offenders.push(`${file} touches the DOM`);
    }
    expect(offenders).toEqual([]);
  });

  it('content/ never imports background/ or the database; only the background and extension pages open it', () => {
    const contentSide = ['entrypoints/detector.ts', 'entrypoints/reader.ts', ...files('content')];
    const offenders = contentSide.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec === 'dexie' || /^(background|utils\/db)(\/|$)/.test(targetOf(file, spec)))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('follows the settings and the site switch once in a frame: in content/start-reading.ts only', () => {
    const followers = files('content').filter((file) =>
      /\b(followSettings|watchSettings|watchSiteEnabled)\(/.test(code(file)),
    );
    expect(followers).toEqual(['content/start-reading.ts']);
  });

  it('keeps every file under entrypoints/ wiring: 40 lines at most', () => {
    const offenders = files('entrypoints')
      .map((file) => ({ file, lines: text(file).trim().split('\n').length }))
      .filter(({ lines }) => lines > 40)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(offenders).toEqual([]);
  });

  it('never builds HTML from strings', () => {
    const pattern =
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(|dangerouslySetInnerHTML/;
    expect(appCode.filter((file) => pattern.test(text(file)))).toEqual([]);
  });

  it('ships no test hook and writes performance entries only through core/perf.ts', () => {
    const offenders = shipped.flatMap((file) => {
      const body = code(file);
      const found: string[] = [];
      if (/Object\.assign\(\s*(globalThis|self|window)\b/.test(body)) found.push(`${file} adds globals`);
      if (file !== 'core/perf.ts' && /\.(mark|measure)\(\s*['"`]/.test(body))
        found.push(`${file} marks by hand`);
      return found;
    });
    expect(offenders).toEqual([]);
  });

  /** Each concept the layout issue found defined more than once, with the one file that may define it. */
  const ONE_DEFINITION: [concept: string, pattern: RegExp, home: string][] = [
    [
      'glossary.json parser',
      /JSON\.parse\([^)]*\)[\s\S]{0,200}GlossaryEntry|function parseGlossary/,
      'core/glossary/glossary-file.ts',
    ],
    ['glossary file name', /['"`](\/data\/)?glossary\.json['"`]/, 'core/glossary/glossary-file.ts'],
    [
      'load-once-with-retry',
      /\?\?=[\s\S]{0,400}?\.catch\(\([^)]*\)\s*=>\s*\{\s*\w+\s*=\s*(null|undefined)|function once\b/,
      'core/once.ts',
    ],
    [
      'wire-error codec',
      /err:\s*\{\s*name:|function (toWireError|fromWireError)\b/,
      'protocol/wire-error.ts',
    ],
    ['saveTerm payload', /english:\s*glossary\?\.english/, 'protocol/save-term.ts'],
    ['URL cap', /url[^\n]*\b4_?096\b|urlChars:/i, 'protocol/messages.ts'],
    ['page title cap', /pageTitle[^\n]*\b1_?000\b/, 'protocol/messages.ts'],
    ['default hover delay', /HOVER_DELAY_MS\s*=|hoverDelay:\s*\d/, 'protocol/settings/hover-timing.ts'],
  ];

  it.each(ONE_DEFINITION)('defines the %s in one place', (_, pattern, home) => {
    expect(appCode.filter((file) => pattern.test(code(file)))).toEqual([home]);
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
      .map((file) => ({ file, lines: text(file).split('\n').length }))
      .filter(({ lines }) => lines > 400)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(offenders).toEqual([]);
  });
});
