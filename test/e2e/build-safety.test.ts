/**
 * Strict CSP and no remote code, checked on the built extension (what users install): the manifest keeps
 * the browser's strict default policy, every script is a file of the package, and the JavaScript holds no
 * eval, no Function constructor, no importScripts and no remote URL it could load code from.
 * No browser is started: this reads the build the end-to-end setup made.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANKI_CONNECT_ORIGINS, ANKI_CONNECT_URL } from '../../core/anki/anki-connect-url';
import { extensionDir, root } from './paths';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * Remote URLs that appear in the bundles as text, never loaded: XML namespaces (Preact), links in
 * library error messages (Dexie, WXT) and the data sources credited on the About page.
 */
const TEXT_ONLY_URLS = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  // XML namespaces in xmlbuilder2's DOM (the TBX export) and the schema languages TBX's xml-model lines name.
  'http://www.w3.org/2000/xmlns/',
  'http://www.mozilla.org/newlayout/xml/parsererror.xml',
  'http://relaxng.org/ns/structure/1.0',
  'http://purl.oclc.org/dsdl/schematron',
  'https://wxt.dev/guide/go-further/testing.html',
  'https://github.com/wxt-dev/wxt/issues/371',
  'https://tinyurl.com/y2uuvskb',
  'http://bit.ly/2kdckMn',
  // The About page's credits (links to each source and its licence), read from their one definition.
  ...(readFileSync(join(root, 'ui/settings/about-licences.tsx'), 'utf8').match(/https?:\/\/[^\s"'`]+/g) ??
    []),
  // pdf.js (the reader page's PDFs): the XML namespaces of the XFA forms and XMP metadata it parses, and
  // the dummy bases it resolves a PDF's relative links against to check them (never requested).
  'http://ns.adobe.com/xdp/',
  'http://ns.adobe.com/xdp/pdf/',
  'http://ns.adobe.com/xfdf/',
  'http://ns.adobe.com/xmpmeta/',
  'http://www.w3.org/1999/XSL/Transform',
  'http://www.w3.org/2000/09/xmldsig#',
  'http://www.xfa.org/schema/xci/',
  'http://www.xfa.org/schema/xdc/',
  'http://www.xfa.org/schema/xfa-connection-set/',
  'http://www.xfa.org/schema/xfa-data/1.0/',
  'http://www.xfa.org/schema/xfa-data/',
  'http://www.xfa.org/schema/xfa-form/',
  'http://www.xfa.org/schema/xfa-locale-set/',
  'http://www.xfa.org/schema/xfa-source-set/',
  'http://www.xfa.org/schema/xfa-template/',
  'http://example.com',
  'https://foo.bar',
  // The TBX-Basic schemas a TBX file names for validators (text in the exported file, never fetched).
  ...(readFileSync(join(root, 'core/export/tbx-names.ts'), 'utf8').match(/https?:\/\/[^\s"'`]+/g) ?? []),
]);

/**
 * The one address Tanci may send to, and only once the reader turns Send to Anki on: AnkiConnect on this
 * computer's loopback interface (README, Permissions and privacy). Nothing else is loaded from anywhere.
 */
const LOOPBACK_URLS = new Set([ANKI_CONNECT_URL, ...ANKI_CONNECT_ORIGINS]);

describe('the built extension: strict CSP, no eval, no remote code', () => {
  const all = files(extensionDir);
  const js = all.filter((f) => f.endsWith('.js'));
  const html = all.filter((f) => f.endsWith('.html'));
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));

  it('keeps the strict default content security policy and opens no door to pages or extensions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    // Send to Anki's loopback address, and no page's: reading pages goes through the content script.
    expect(manifest.host_permissions ?? []).toEqual(ANKI_CONNECT_ORIGINS);
    for (const origin of manifest.host_permissions ?? [])
      expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\*$/);
    // activeTab grants a tab's address only once the user has used Tanci's button, command or menu there.
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'storage']);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    for (const script of manifest.content_scripts.flatMap((c: { js: string[] }) => c.js)) {
      expect(all).toContain(join(extensionDir, script));
    }
  });

  it('loads every page script from the package', () => {
    expect(html.length).toBeGreaterThan(0);
    for (const file of html) {
      const text = readFileSync(file, 'utf8');
      for (const tag of text.match(/<script\b[^>]*>/g) ?? []) {
        const src = /\bsrc="([^"]*)"/.exec(tag)?.[1];
        expect({
          file: relative(extensionDir, file),
          tag,
          local: !!src && !/^(https?:)?\/\//.test(src),
        }).toEqual({
          file: relative(extensionDir, file),
          tag,
          local: true,
        });
      }
      expect(text).not.toMatch(/<script\b[^>]*>[^<\s]/); // no inline script
    }
  });

  it('holds no eval, Function constructor, importScripts or string timers', () => {
    expect(js.length).toBeGreaterThan(3);
    // pdf.js and its worker (the reader page's PDFs) are among the files checked: the build turns pdf.js's
    // Function constructors into throws (scripts/lib/pdfjs-build.ts).
    const names = js.map((f) => relative(extensionDir, f));
    expect(
      names.filter(
        (f) => /(^|\/)pdf\.worker-[\w-]+\.js$/.test(f) && statSync(join(extensionDir, f)).size > 100_000,
      ),
    ).toHaveLength(1);
    const found: string[] = [];
    for (const file of js) {
      const text = readFileSync(file, 'utf8');
      for (const re of [
        /(?<![\w$.])eval\s*\(/g,
        /\bnew\s+Function\s*\(/g,
        /(?<![\w$.])Function\s*\(\s*["'`]/g,
        /\bimportScripts\s*\(/g,
        /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g,
      ]) {
        for (const m of text.matchAll(re)) {
          found.push(
            `${relative(extensionDir, file)}: ${text.slice(Math.max(0, m.index - 40), m.index + 40)}`,
          );
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('is the production build: no development JSX runtime, no paths of the machine that built it', () => {
    const leaks = js.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return text.includes(root) || /\bjsxDEV\b|fileName:\s*[`"']\//.test(text);
    });
    expect(leaks.map((f) => relative(extensionDir, f))).toEqual([]);
  });

  it('names no remote URL other than text-only ones (namespaces, credits, error-message links) and Anki on loopback', () => {
    const remote = new Set<string>();
    for (const file of js) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:https?|wss?):\/\/[^\s"'`)<>\\]+/g)) {
        // A URL assembled from a value (the site list normalises what the reader types) names no host;
        // what is really requested at run time is what the end-to-end network check watches.
        if (m[0].includes('${')) continue;
        if (!TEXT_ONLY_URLS.has(m[0]) && !LOOPBACK_URLS.has(m[0]))
          remote.add(`${relative(extensionDir, file)}: ${m[0]}`);
      }
    }
    expect([...remote]).toEqual([]);
  });
});
