/**
 * TBX v3 (ISO 30042:2019), TBX-Basic dialect, DCA style: the termbase file Trados, Phrase and XTM import.
 * The names and rules shared by the writer (tbx.ts, with xmlbuilder2: elements, attributes and escaping are
 * the builder's, never string concatenation) and the reader (tbx-read.ts, a strict parser); kept apart so
 * importing a TBX does not load the builder.
 *
 * The rules this writer follows, and test/unit/core/export/tbx.test.ts checks element by element:
 *  1. Root `tbx` in the namespace urn:iso:std:iso:30042:ed-2 with type="TBX-Basic", style="dca" and
 *     xml:lang; the two xml-model processing instructions name TBX-Basic's RNG and Schematron.
 *  2. `tbxHeader/fileDesc/sourceDesc/p` says where the file came from; `text/body` holds the entries.
 *  3. One `conceptEntry` per term, with a unique XML id; its only concept-level datum is
 *     `descrip type="subjectField"` (the category), and it comes before the language sections.
 *  4. Language sections `langSec xml:lang="zh-Hans"` then `langSec xml:lang="en"`; each holds at least one
 *     `termSec`, and langSec-level data (the English `descrip type="definition"`) comes before them. A term
 *     with no English has no English section, so neither its definition nor an English full form.
 *  5. In a `termSec`: `term` first, then `termNote`s (partOfSpeech and termType from TBX-Basic's picklists,
 *     administrativeStatus on the English term: preferredTerm-admn-sts when reviewed, admittedTerm-admn-sts
 *     when not), then the other data: the example as `descripGrp` of `descrip type="context"` and
 *     `admin type="source"` (a source with no sentence is the termSec's own `admin type="source"`), and
 *     the pinyin as a `note` (TBX-Basic has no pronunciation category).
 *  6. An abbreviation's term has termType "abbreviation" and its expansion is a second termSec of the same
 *     language with termType "fullForm" (in English too, when the expansion has an English rendering).
 *  7. No element is written empty: a field with no text is left out, and reads back as "".
 * Text is cleaned first (cleanTermbaseEntry in termbase.ts): XML 1.0 cannot hold control characters or unpaired
 * surrogates, parsers turn CR into LF, and whitespace-only text is not kept, so the file holds what a
 * round trip can give back.
 */
export const TBX_NS = 'urn:iso:std:iso:30042:ed-2';
export const TBX_RNG =
  'https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng';
export const TBX_SCH =
  'https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch';
export const ZH = 'zh-Hans';
export const PINYIN_NOTE = 'pinyin: ';
export const STATUS_REVIEWED = 'preferredTerm-admn-sts';
export const STATUS_UNREVIEWED = 'admittedTerm-admn-sts';
