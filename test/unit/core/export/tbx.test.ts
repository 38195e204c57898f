/**
 * The TBX export checked against the TBX-Basic rules core/export/tbx-names.ts lists (1–7), element by element, on
 * a parse by sax (strict), not by the xmlbuilder2 that wrote it; then hostile text and round trips.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@/core/export/import';
import { toTbx } from '@/core/export/tbx';
import { PINYIN_NOTE, STATUS_REVIEWED, STATUS_UNREVIEWED, TBX_NS, ZH } from '@/core/export/tbx-names';
import { parseTbx } from '@/core/export/tbx-read';
import {
  cleanTermbaseEntry,
  PARTS_OF_SPEECH,
  type TermbaseEntry,
  termbaseFromGlossary,
} from '@/core/export/termbase';
import { ImportError } from '@/core/export/types';
import { parseXml, type XmlElement } from '@/core/export/xml-tree';
import { parseGlossary } from '@/core/glossary/glossary-file';
import { messyText } from './arbitraries';

const glossary = parseGlossary(readFileSync('public/data/glossary.json', 'utf8'));
const TERM_TYPES = ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'];
const STATUSES = [STATUS_REVIEWED, STATUS_UNREVIEWED, 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts'];
/** TBX-Basic's data categories at each level this export writes, as element/type. */
const TERM_NOTES: Record<string, readonly string[]> = {
  partOfSpeech: PARTS_OF_SPEECH,
  termType: TERM_TYPES,
  administrativeStatus: STATUSES,
};

function kids(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c) => name === undefined || c.name === name);
}

/** Every breach of the rules in tbx-names.ts's header, as readable lines (an empty list is a conforming file). */
function tbxBasicViolations(xml: string): string[] {
  const out: string[] = [];
  const { root, instructions } = parseXml(xml);
  const models = instructions.filter((pi) => pi.name === 'xml-model').map((pi) => pi.body);
  // Rule 1.
  if (root.name !== 'tbx' || root.ns !== TBX_NS) out.push(`root is ${root.ns}:${root.name}`);
  if (root.attrs.type !== 'TBX-Basic' || root.attrs.style !== 'dca' || !root.attrs['xml:lang'])
    out.push(`root attributes ${JSON.stringify(root.attrs)}`);
  if (
    !models.some((m) => m.includes('TBX-Basic') && m.includes('relaxng')) ||
    !models.some((m) => m.includes('schematron'))
  )
    out.push('xml-model instructions missing');
  // Rule 2.
  const [header, text] = root.children;
  if (root.children.length !== 2 || header?.name !== 'tbxHeader' || text?.name !== 'text')
    out.push('tbx holds other than tbxHeader, text');
  const p = header && kids(header, 'fileDesc')[0]?.children[0]?.children[0];
  if (p?.name !== 'p' || !p.text.trim()) out.push('no tbxHeader/fileDesc/sourceDesc/p');
  const body = text && kids(text, 'body')[0];
  if (!body || text?.children.length !== 1) {
    out.push('no text/body');
    return out;
  }
  const ids = new Set<string>();
  for (const entry of body.children) {
    const where = `conceptEntry ${entry.attrs.id}`;
    for (const el of [entry, ...entry.children])
      if (el.ns !== TBX_NS) out.push(`${where}: ${el.name} outside the TBX namespace`);
    // Rule 3.
    if (entry.name !== 'conceptEntry') out.push(`body holds ${entry.name}`);
    if (!/^[A-Za-z_][\w.-]*$/.test(entry.attrs.id ?? '') || ids.has(entry.attrs.id ?? ''))
      out.push(`${where}: bad or repeated id`);
    ids.add(entry.attrs.id ?? '');
    const firstLang = entry.children.findIndex((c) => c.name === 'langSec');
    entry.children.forEach((c, i) => {
      if (i < firstLang && !(c.name === 'descrip' && c.attrs.type === 'subjectField'))
        out.push(`${where}: ${c.name} before langSec`);
      if (i >= firstLang && c.name !== 'langSec') out.push(`${where}: ${c.name} after a langSec`);
    });
    // Rule 4.
    const langs = kids(entry, 'langSec').map((l) => l.attrs['xml:lang']);
    if (langs[0] !== ZH || (langs.length === 2 && langs[1] !== 'en') || langs.length > 2)
      out.push(`${where}: langSecs ${langs}`);
    for (const lang of kids(entry, 'langSec')) {
      const firstTerm = lang.children.findIndex((c) => c.name === 'termSec');
      if (firstTerm < 0) out.push(`${where}: ${lang.attrs['xml:lang']} without termSec`);
      lang.children.forEach((c, i) => {
        if (
          i < firstTerm &&
          !(c.name === 'descrip' && c.attrs.type === 'definition' && lang.attrs['xml:lang'] === 'en')
        )
          out.push(`${where}: ${c.name} ${c.attrs.type} in langSec`);
        if (i > firstTerm && c.name !== 'termSec') out.push(`${where}: ${c.name} after a termSec`);
      });
      // Rule 5.
      for (const sec of kids(lang, 'termSec')) {
        const names = sec.children.map((c) => c.name);
        if (names[0] !== 'term' || names.filter((n) => n === 'term').length !== 1)
          out.push(`${where}: termSec ${names}`);
        const lastNote = names.lastIndexOf('termNote');
        if (names.slice(1, lastNote + 1).some((n) => n !== 'termNote'))
          out.push(`${where}: termNote after other data`);
        for (const c of sec.children) {
          if (c.name === 'termNote' && !TERM_NOTES[c.attrs.type ?? '']?.includes(c.text))
            out.push(`${where}: termNote ${c.attrs.type}=${c.text}`);
          if (
            c.name === 'termNote' &&
            c.attrs.type === 'administrativeStatus' &&
            lang.attrs['xml:lang'] !== 'en'
          )
            out.push(`${where}: status on a Chinese term`);
          if (c.name === 'descripGrp') {
            const [d, ...rest] = c.children;
            if (
              d?.name !== 'descrip' ||
              d.attrs.type !== 'context' ||
              rest.some((r) => r.name !== 'admin' || r.attrs.type !== 'source')
            )
              out.push(`${where}: descripGrp ${c.children.map((x) => x.name)}`);
          }
          if (c.name === 'admin' && c.attrs.type !== 'source') out.push(`${where}: admin ${c.attrs.type}`);
          if (c.name === 'note' && !c.text.startsWith(PINYIN_NOTE)) out.push(`${where}: note ${c.text}`);
          if (!['term', 'termNote', 'descripGrp', 'admin', 'note'].includes(c.name))
            out.push(`${where}: ${c.name} in termSec`);
        }
      }
      // Rule 6.
      const secs = kids(lang, 'termSec');
      const typeOf = (s: XmlElement) => kids(s, 'termNote').find((n) => n.attrs.type === 'termType')?.text;
      if (secs.length > 2 || (secs.length === 2 && typeOf(secs[1] as XmlElement) !== 'fullForm'))
        out.push(`${where}: second termSec is not the full form`);
      if (
        lang.attrs['xml:lang'] === ZH &&
        secs.length === 2 &&
        typeOf(secs[0] as XmlElement) !== 'abbreviation'
      )
        out.push(`${where}: a full form without its abbreviation`);
    }
    // Rule 7.
    const walk = (el: XmlElement): void => {
      if (el.children.length === 0 && el.text.trim() === '') out.push(`${where}: empty ${el.name}`);
      el.children.forEach(walk);
    };
    walk(entry);
  }
  return out;
}

const NOW = new Date('2026-12-04T00:00:00Z');

describe('TBX export of the shipped glossary', () => {
  const entries = glossary.map(termbaseFromGlossary);
  const xml = toTbx(entries, 'Tanci policy glossary');

  it('parses with an XML parser and follows the TBX-Basic rules element by element', () => {
    expect(glossary.length).toBeGreaterThan(50);
    expect(tbxBasicViolations(xml)).toEqual([]);
  });

  it('has one concept entry per term, each with a Chinese and an English section', () => {
    const body = parseXml(xml).root.children[1]?.children[0] as XmlElement;
    expect(body.children).toHaveLength(glossary.length);
    body.children.forEach((entry, i) => {
      const [zh, en] = kids(entry, 'langSec');
      expect(kids(zh as XmlElement, 'termSec')[0]?.children[0]?.text).toBe(glossary[i]?.term);
      expect(kids(en as XmlElement, 'termSec')[0]?.children[0]?.text).toBe(glossary[i]?.english);
    });
  });

  it('writes the pinyin, expansion, definition, example, source, category and status of 两高-like terms', () => {
    const abbreviation = glossary.find((e) => e.expansion && e.expansionEnglish && e.examples.length > 0);
    expect(abbreviation).toBeDefined();
    const e = abbreviation as NonNullable<typeof abbreviation>;
    const back = parseTbx(toTbx([termbaseFromGlossary(e)], 'one'))[0];
    expect(back).toEqual({
      term: e.term,
      pinyin: e.pinyin,
      english: e.english,
      category: e.category,
      partOfSpeech: '',
      expansion: e.expansion,
      expansionEnglish: e.expansionEnglish,
      definition: e.explanation,
      example: e.examples[0]?.sentence,
      source: e.examples[0]?.source,
      reviewed: e.reviewed,
    });
  });

  it('reads back to the same terms', () => {
    expect(parseTbx(xml)).toEqual(entries.map(cleanTermbaseEntry));
  });
});

const hostile = messyText(6).map(
  (s) =>
    `${s}${['<', '>', '&', '"', "'", ']]>', '<!--', '&lt;', '<?x?>', '\u0000', '\u0008', '\uD800', '\uFFFF', '\r', '&foo;', '&#65;'][s.length % 16]}`,
);

const termbaseEntry: fc.Arbitrary<TermbaseEntry> = fc.record({
  term: hostile,
  pinyin: hostile,
  english: hostile,
  category: hostile,
  partOfSpeech: fc.constantFrom('', ...PARTS_OF_SPEECH),
  expansion: fc.oneof(fc.constant(''), hostile),
  expansionEnglish: fc.oneof(fc.constant(''), hostile),
  definition: hostile,
  example: fc.oneof(fc.constant(''), hostile),
  source: fc.oneof(fc.constant(''), hostile),
  reviewed: fc.boolean(),
});

describe('TBX with hostile text', () => {
  it('escapes XML special characters and drops what XML cannot hold: the file stays conforming', () => {
    fc.assert(
      fc.property(fc.array(termbaseEntry, { maxLength: 6 }), (entries) => {
        const xml = toTbx(entries, '<script>&"\u0001');
        expect(tbxBasicViolations(xml)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('reads back every term it wrote, as the file can hold it', () => {
    fc.assert(
      fc.property(fc.array(termbaseEntry, { maxLength: 6 }), (entries) => {
        const kept = entries
          .map(cleanTermbaseEntry)
          .filter((e) => e.term)
          // Rule 4: the English section holds the definition and the English full form.
          .map((e) => (e.english ? e : { ...e, definition: '', expansionEnglish: '' }));
        expect(parseTbx(toTbx(entries, 'x'))).toEqual(kept);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps markup as text, never as elements', () => {
    const e = cleanTermbaseEntry({
      ...termbaseFromGlossary(glossary[0] as never),
      example: '<b>碳达峰</b> & <!-- x -->',
    });
    const xml = toTbx([e], 'x');
    expect(xml).toContain('&lt;b&gt;碳达峰&lt;/b&gt; &amp; &lt;!-- x --&gt;');
    expect(parseTbx(xml)[0]?.example).toBe('<b>碳达峰</b> & <!-- x -->');
  });
});

describe('TBX import errors and other tools’ files', () => {
  it('refuses malformed XML, XML that is not TBX and an entry with no Chinese term, naming what is wrong', () => {
    const keyOf = (text: string) => {
      try {
        parseTbx(text);
      } catch (e) {
        return e instanceof ImportError ? e.key : String(e);
      }
      return 'accepted';
    };
    for (const broken of [
      '<tbx><text><body><conceptEntry></body></text></tbx>',
      '<tbx><text>',
      '<tbx>&foo;</tbx>',
      'hello',
    ])
      expect(keyOf(broken)).toBe('importErrorTbxInvalid');
    expect(keyOf('<html><body/></html>')).toBe('importErrorTbxNotTbx');
    expect(
      keyOf(
        `<tbx xmlns="${TBX_NS}"><text><body><conceptEntry id="x"><langSec xml:lang="en"><termSec><term>a</term></termSec></langSec></conceptEntry></body></text></tbx>`,
      ),
    ).toBe('importErrorTbxNoChinese');
  });

  it('reads a minimal TBX-Basic file from another tool (zh-CN, no notes)', () => {
    const xml = `<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="${TBX_NS}"><tbxHeader/><text><body>
      <conceptEntry id="a"><langSec xml:lang="zh-CN"><termSec><term>碳中和</term></termSec></langSec>
      <langSec xml:lang="en-US"><termSec><term>carbon neutrality</term></termSec></langSec></conceptEntry></body></text></tbx>`;
    expect(parseTbx(xml)).toEqual([
      expect.objectContaining({ term: '碳中和', english: 'carbon neutrality', pinyin: '', reviewed: false }),
    ]);
  });

  it('imports a TBX into the saved list: the example becomes the context, its source the title', () => {
    const e = termbaseFromGlossary(glossary.find((g) => g.examples.length > 0) as never);
    const [saved] = parseImportFile('x.tbx', toTbx([e], 'x')).terms;
    expect(saved).toMatchObject({
      term: e.term,
      pinyin: e.pinyin,
      english: e.english,
      category: e.category,
      contexts: [{ sentence: e.example, pageTitle: e.source, url: '' }],
    });
    expect(NOW.getTime()).toBeGreaterThan(0);
  });
});
