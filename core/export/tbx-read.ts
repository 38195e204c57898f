/** The TBX reader: Tanci's own files and other tools' TBX-Basic, read strictly (see xml-tree.ts). */
import { PINYIN_NOTE, STATUS_REVIEWED } from './tbx-names';
import { PARTS_OF_SPEECH, type PartOfSpeech, type TermbaseEntry, xmlText } from './termbase';
import { ImportError } from './types';
import { parseXml, type XmlElement } from './xml-tree';

function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

function typed(el: XmlElement | undefined, name: string, type: string): XmlElement | undefined {
  return el && children(el, name).find((c) => c.attrs.type === type);
}

/** An element's text: its own and its descendants' (a term may hold inline markup such as <hi>). */
function deepText(el: XmlElement): string {
  return el.text + el.children.map(deepText).join('');
}

function textOf(el: XmlElement | undefined): string {
  return el ? xmlText(deepText(el)) : '';
}

interface ReadTerm {
  term: string;
  type: string;
  sec: XmlElement;
}

function termsOf(langSec: XmlElement | undefined): ReadTerm[] {
  if (!langSec) return [];
  return children(langSec, 'termSec').map((sec) => ({
    term: textOf(children(sec, 'term')[0]),
    type: textOf(typed(sec, 'termNote', 'termType')),
    sec,
  }));
}

function readEntry(concept: XmlElement, index: number): TermbaseEntry {
  const langs = children(concept, 'langSec');
  const lang = (prefix: string) =>
    langs.find((l) => (l.attrs['xml:lang'] ?? '').toLowerCase().startsWith(prefix));
  const zh = lang('zh');
  const en = lang('en');
  const zhTerms = termsOf(zh);
  const main = zhTerms.find((t) => t.type !== 'fullForm') ?? zhTerms[0];
  if (!main?.term) throw new ImportError('importErrorTbxNoChinese', [concept.attrs.id ?? index + 1]);
  const enTerms = termsOf(en);
  const enMain = enTerms.find((t) => t.type !== 'fullForm') ?? enTerms[0];
  const group = children(main.sec, 'descripGrp')[0];
  const note = children(main.sec, 'note')
    .map((n) => textOf(n))
    .find((n) => n.startsWith(PINYIN_NOTE));
  const pos = textOf(typed(main.sec, 'termNote', 'partOfSpeech'));
  return {
    term: main.term,
    pinyin: note ? xmlText(note.slice(PINYIN_NOTE.length)) : '',
    english: enMain?.term ?? '',
    category: textOf(typed(concept, 'descrip', 'subjectField')),
    partOfSpeech: (PARTS_OF_SPEECH as readonly string[]).includes(pos) ? (pos as PartOfSpeech) : '',
    expansion: zhTerms.find((t) => t !== main && t.type === 'fullForm')?.term ?? '',
    expansionEnglish: enTerms.find((t) => t !== enMain && t.type === 'fullForm')?.term ?? '',
    definition: textOf(typed(en, 'descrip', 'definition')),
    example: textOf(typed(group ?? main.sec, 'descrip', 'context')),
    source: textOf(typed(group, 'admin', 'source') ?? typed(main.sec, 'admin', 'source')),
    reviewed: textOf(typed(enMain?.sec, 'termNote', 'administrativeStatus')) === STATUS_REVIEWED,
  };
}

/** Reads a TBX v3 file (Tanci's own, or another tool's TBX-Basic) back into termbase entries. */
export function parseTbx(text: string): TermbaseEntry[] {
  let root: XmlElement;
  try {
    root = parseXml(text.startsWith('\uFEFF') ? text.slice(1) : text).root;
  } catch (e) {
    // sax's own description (line, column, what it met) stays in its English words.
    throw new ImportError('importErrorTbxInvalid', [
      (e as Error).message.split('\n')[0]?.slice(0, 200) ?? '',
    ]);
  }
  if (root.name !== 'tbx') throw new ImportError('importErrorTbxNotTbx');
  const body = children(children(root, 'text')[0] ?? root, 'body')[0];
  if (!body) throw new ImportError('importErrorTbxNotTbx');
  return children(body, 'conceptEntry').map(readEntry);
}
