/** The TBX writer: the rules it follows are in tbx-names.ts. */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { PINYIN_NOTE, STATUS_REVIEWED, STATUS_UNREVIEWED, TBX_NS, TBX_RNG, TBX_SCH, ZH } from './tbx-names';
import { cleanTermbaseEntry, type TermbaseEntry, xmlText } from './termbase';

/**
 * Every text the file holds goes in here (attributes hold only Tanci's own names). xmlbuilder2 leaves
 * what looks like an entity reference ("&amp;", "&foo;") unescaped in text, and has no option not to, so
 * a term holding "&lt;" would come back as "<" and "&foo;" would break the file: every "&" is escaped
 * first, and the builder then passes the "&amp;" through.
 */
function addText(parent: XMLBuilder, name: string, text: string, attrs?: Record<string, string>): void {
  if (text) parent.ele(TBX_NS, name, attrs).txt(text.replace(/&/g, '&amp;'));
}

function addTermSec(langSec: XMLBuilder, term: string, notes: [string, string][]): XMLBuilder {
  const sec = langSec.ele(TBX_NS, 'termSec');
  addText(sec, 'term', term);
  for (const [type, value] of notes) if (value) addText(sec, 'termNote', value, { type });
  return sec;
}

function addEntry(body: XMLBuilder, raw: TermbaseEntry, index: number): void {
  const e = cleanTermbaseEntry(raw);
  if (!e.term) return;
  const entry = body.ele(TBX_NS, 'conceptEntry', { id: `c${index + 1}` });
  addText(entry, 'descrip', e.category, { type: 'subjectField' });
  const termType = e.expansion ? 'abbreviation' : '';
  const zh = entry.ele(TBX_NS, 'langSec', { 'xml:lang': ZH });
  const zhTerm = addTermSec(zh, e.term, [
    ['partOfSpeech', e.partOfSpeech],
    ['termType', termType],
  ]);
  if (e.example) {
    const group = zhTerm.ele(TBX_NS, 'descripGrp');
    addText(group, 'descrip', e.example, { type: 'context' });
    addText(group, 'admin', e.source, { type: 'source' });
  } else {
    // A source with no sentence (a saved page with no context line) is the term's own source.
    addText(zhTerm, 'admin', e.source, { type: 'source' });
  }
  addText(zhTerm, 'note', e.pinyin && `${PINYIN_NOTE}${e.pinyin}`);
  if (e.expansion) addTermSec(zh, e.expansion, [['termType', 'fullForm']]);
  if (!e.english) return;
  const en = entry.ele(TBX_NS, 'langSec', { 'xml:lang': 'en' });
  addText(en, 'descrip', e.definition, { type: 'definition' });
  // The English is a rendering, not itself an abbreviation: termType stays on the Chinese term.
  addTermSec(en, e.english, [
    ['partOfSpeech', e.partOfSpeech],
    ['administrativeStatus', e.reviewed ? STATUS_REVIEWED : STATUS_UNREVIEWED],
  ]);
  if (e.expansionEnglish) addTermSec(en, e.expansionEnglish, [['termType', 'fullForm']]);
}

export function toTbx(entries: readonly TermbaseEntry[], description: string): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' })
    .ins(
      'xml-model',
      `href="${TBX_RNG}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"`,
    )
    .ins(
      'xml-model',
      `href="${TBX_SCH}" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"`,
    );
  const root = doc.ele(TBX_NS, 'tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' });
  const sourceDesc = root.ele(TBX_NS, 'tbxHeader').ele(TBX_NS, 'fileDesc').ele(TBX_NS, 'sourceDesc');
  addText(sourceDesc, 'p', xmlText(description) || 'Tanci');
  const body = root.ele(TBX_NS, 'text').ele(TBX_NS, 'body');
  entries.forEach((e, i) => {
    addEntry(body, e, i);
  });
  return `${doc.end({ prettyPrint: true })}\n`;
}
