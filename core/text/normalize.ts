/**
 * Turns OCR'd newspaper text into clean paragraphs and articles.
 *
 * The corpus comes from column-set newspaper pages: every line is a column line, words are broken across
 * line ends and even across blank lines (黑臭水 / blank / 体), characters are sometimes spaced out
 * (组 织 在 低 碳), and a headline is printed after the article it belongs to. Lines are joined back
 * into paragraphs; a blank line is a paragraph break only when the text before it ends a sentence.
 */

export interface Article {
  title: string;
  paragraphs: string[];
  /** Where the text came from (a file name), as given by the caller. */
  source: string;
}

export type BlockKind = 'body' | 'heading' | 'byline' | 'credit';

/** One normalised paragraph with what the layout says it is. */
export interface Block {
  kind: BlockKind;
  text: string;
}

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Han characters and CJK punctuation: a space next to one of these is an OCR artefact. */
const WIDE = `${HAN}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7\\u2160-\\u217f`;
const SPACE_AFTER_WIDE = new RegExp(`([${WIDE}])[ \\t\\u00a0\\u3000]+`, 'gu');
const SPACE_BEFORE_WIDE = new RegExp(`[ \\t\\u00a0\\u3000]+([${WIDE}])`, 'gu');
/** A sentence is over: 。！？… possibly followed by closing quotes or brackets. */
export const SENTENCE_END = /[。！？!?…][”’」』）)》"]*$/u;
/** Punctuation that never appears inside a headline printed by these papers. */
const BODY_PUNCTUATION = /[。！？；：]/u;
const BYLINE = /^(◆|本报记者|本报讯|本报通讯员|本报见习记者|新华社|记者\s)/u;
/** "本报讯", "本报记者某某北京报道": the dateline that opens an article, run into its first line. */
const DATELINE = /^(本报讯|(本报|新华社)[^。，、；：“”]{1,24}?报道)/u;
const CREDIT = /(供图|摄|图片来源[:：].*)$/u;
const MAX_HEADING_CHARS = 40;

/** Removes OCR spacing inside Chinese text, keeping spaces between two Latin or number runs (PM2.5 ppm). */
export function collapseSpaces(line: string): string {
  return line
    .replace(/[\u00a0\u3000\t]/gu, ' ')
    .trim()
    .replace(SPACE_AFTER_WIDE, '$1')
    .replace(SPACE_BEFORE_WIDE, '$1')
    .replace(/ {2,}/gu, ' ');
}

/** Joins two column lines: no separator in Chinese, a space only between two Latin/number runs. */
export function joinLines(left: string, right: string): string {
  if (left === '') return right;
  if (right === '') return left;
  const needsSpace = /[A-Za-z0-9]$/u.test(left) && /^[A-Za-z]/u.test(right);
  return needsSpace ? `${left} ${right}` : left + right;
}

function isHeadingLines(lines: string[]): boolean {
  if (lines.length === 0 || lines.length > 2) return false;
  const text = lines.join('');
  if (text.length > MAX_HEADING_CHARS || BODY_PUNCTUATION.test(text)) return false;
  // Headlines carry at most one comma, no book titles, and never end on a function word.
  if (/[，、,]$/u.test(text) || (text.match(/，/gu)?.length ?? 0) > 1 || /[《》]/u.test(text)) return false;
  if (/[的了和与及或在对把被将为是之]$/u.test(text)) return false;
  if (BYLINE.test(text) || CREDIT.test(text)) return false;
  return new RegExp(`[${HAN}]`, 'u').test(text);
}

function kindOfLine(line: string): BlockKind | undefined {
  if (/^(◆|——)/u.test(line)) return line.startsWith('◆') ? 'byline' : 'heading';
  if (CREDIT.test(line) && line.length <= 16 && !BODY_PUNCTUATION.test(line)) return 'credit';
  return undefined;
}

/** Printed width of a line in em: ASCII letters and digits are half as wide as Han characters. */
function printedWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}

/** The column width around a block: its neighbours' full lines (every line but a paragraph's last). */
function columnWidth(blocks: RawBlock[], index: number): number {
  let width = 0;
  for (const neighbour of [blocks[index - 1], blocks[index + 1]]) {
    if (!neighbour || neighbour.kind) continue;
    for (const line of neighbour.lines.slice(0, -1)) width = Math.max(width, printedWidth(line));
  }
  return width;
}

interface RawBlock {
  lines: string[];
  kind?: BlockKind;
}

/** The author signature printed after an article's last sentence ("……工作质效。 夏连琪"). */
const SIGNATURE = new RegExp(`^(.*[。！？][”’]?)[ \\u3000]+([${HAN}]{2,4})\\s*$`, 'u');

/** Splits text into blank-line separated blocks; bylines and kickers (◆…, ——…) become blocks of their own. */
function rawBlocks(raw: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push({ lines: current });
    current = [];
  };
  const text = raw.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  for (const rawLine of text.split('\n')) {
    const signature = SIGNATURE.exec(rawLine);
    if (signature?.[1] && signature[2]) {
      current.push(collapseSpaces(signature[1]));
      flush();
      blocks.push({ lines: [signature[2]], kind: 'byline' });
      continue;
    }
    const line = collapseSpaces(rawLine);
    if (line === '') {
      flush();
      continue;
    }
    if (kindOfLine(line)) {
      flush();
      blocks.push({ lines: [line] });
      continue;
    }
    current.push(line);
  }
  flush();
  return blocks;
}

function headlineFollows(blocks: RawBlock[], index: number): boolean {
  const next = blocks[index + 1];
  if (!next) return true;
  const first = next.lines[0] ?? '';
  return (
    next.kind !== undefined ||
    BYLINE.test(first) ||
    kindOfLine(first) !== undefined ||
    isHeadingLines(next.lines)
  );
}

function isHeading(blocks: RawBlock[], index: number): boolean {
  const lines = blocks[index]?.lines ?? [];
  if (!isHeadingLines(lines)) return false;
  if (headlineFollows(blocks, index)) return true;
  // A subheading sits between paragraphs, never at the top of the text.
  if (index === 0) return false;
  if (/^[，、。；：）》”]/u.test(blocks[index + 1]?.lines[0] ?? '')) return false;
  // A subheading is shorter than the column; a body line that runs to the column edge continues below.
  const width = columnWidth(blocks, index);
  return width === 0 || printedWidth(lines[lines.length - 1] ?? '') < width - 1;
}

/** Lines longer than any newspaper column: the text was not column-set. */
const LONG_LINE = 40;

/**
 * Text copied from a web page or a word processor has one paragraph per line. It is told apart from a
 * column-set page by its line lengths: most lines with text in them run past any column width.
 */
function isOnePerLine(raw: string): boolean {
  const lengths = raw
    .split(/\r?\n/u)
    .map((line) => printedWidth(collapseSpaces(line)))
    .filter((width) => width > 0);
  if (lengths.length === 0) return false;
  const long = lengths.filter((width) => width > LONG_LINE).length;
  return long * 2 >= lengths.length;
}

function linesAsParagraphs(raw: string): Block[] {
  const out: Block[] = [];
  for (const rawLine of raw.replace(/^\uFEFF/u, '').split(/\r?\n/u)) {
    const line = collapseSpaces(rawLine);
    if (line === '') continue;
    // A short line that does not end a sentence is a headline ("国家发展改革委：坚决遏制……").
    const headline =
      line.length <= MAX_HEADING_CHARS && !SENTENCE_END.test(line) && !/[，、；,;]$/u.test(line);
    const kind = kindOfLine(line) ?? (headline && /[\u4e00-\u9fff]/u.test(line) ? 'heading' : 'body');
    out.push({ kind, text: line });
  }
  return out;
}

/** Normalises OCR'd text into paragraphs, each tagged with its layout role. */
export function normalizeBlocks(raw: string): Block[] {
  if (isOnePerLine(raw)) return linesAsParagraphs(raw);
  const blocks = rawBlocks(raw);
  const out: Block[] = [];
  /** The body paragraph still open for continuation (its last sentence did not end). */
  let open: Block | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const lines = blocks[i]?.lines ?? [];
    const first = lines[0] ?? '';
    const lineKind = blocks[i]?.kind ?? (lines.length === 1 ? kindOfLine(first) : undefined);
    if (lineKind) {
      out.push({ kind: lineKind, text: first });
      open = undefined;
      continue;
    }
    if (BYLINE.test(first) && lines.length === 1 && !BODY_PUNCTUATION.test(first)) {
      out.push({ kind: 'byline', text: first });
      open = undefined;
      continue;
    }
    let joined = lines.reduce(joinLines, '');
    const dateline = open ? undefined : DATELINE.exec(joined)?.[0];
    if (dateline) {
      out.push({ kind: 'byline', text: dateline });
      joined = joined.slice(dateline.length);
    }
    if (open) {
      open.text = joinLines(open.text, joined);
    } else if (!dateline && isHeading(blocks, i)) {
      // A headline followed by a byline, another headline or the end of the page comes with its deck,
      // one per line; a subheading followed by body text is wrapped to the column.
      if (headlineFollows(blocks, i) && lines.length === 2) {
        for (const line of lines) out.push({ kind: 'heading', text: line });
      } else {
        out.push({ kind: 'heading', text: joined });
      }
      continue;
    } else {
      open = { kind: 'body', text: joined };
      out.push(open);
    }
    if (SENTENCE_END.test(open.text)) open = undefined;
  }
  return out.filter((block) => block.text !== '');
}

/** Clean paragraphs of OCR'd text: broken words rejoined, OCR spacing removed, real breaks kept. */
export function normalizeText(raw: string): string[] {
  return normalizeBlocks(raw).map((block) => block.text);
}

function startsArticle(block: Block): boolean {
  return block.kind === 'byline'
    ? BYLINE.test(block.text) || DATELINE.test(block.text)
    : /^本报|^新华社/u.test(block.text);
}

function fallbackTitle(paragraphs: string[]): string {
  const first = paragraphs[0] ?? '';
  const sentence = /^[^。！？]*/u.exec(first)?.[0] ?? first;
  return sentence.length > 30 ? `${sentence.slice(0, 30)}…` : sentence;
}

/**
 * Splits a newspaper page into articles. Headlines are printed after their article: a run of headlines
 * closes the article before it when a new article starts right after (a byline, "本报讯…", a kicker
 * "——…", a second headline line, or the end of the page); a single headline followed by body text is
 * a subheading and stays in the article.
 */
export function toArticles(raw: string, source = ''): Article[] {
  const blocks = normalizeBlocks(raw);
  const articles: Article[] = [];
  let paragraphs: string[] = [];
  let leadingHeadings: string[] = [];
  const close = (headings: string[]) => {
    const title = (headings[0] ?? leadingHeadings[0] ?? fallbackTitle(paragraphs)).replace(/^——/u, '');
    const deck = headings.slice(1).map((text) => text.replace(/^——/u, ''));
    const body = [...deck, ...paragraphs];
    if (body.length > 0 || headings.length > 0) articles.push({ title, paragraphs: body, source });
    paragraphs = [];
    leadingHeadings = [];
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    if (block.kind === 'heading') {
      const run: string[] = [];
      let j = i;
      while (blocks[j]?.kind === 'heading') run.push(blocks[j++]?.text ?? '');
      const after = blocks[j];
      const closes =
        after === undefined ||
        startsArticle(after) ||
        run.length > 1 ||
        run.some((text) => text.startsWith('——'));
      if (closes && paragraphs.length > 0) {
        close(run);
      } else if (paragraphs.length === 0) {
        // A headline at the top of an article (printed before it).
        leadingHeadings.push(...run);
        paragraphs.push(...run.slice(1));
      } else {
        paragraphs.push(...run);
      }
      i = j - 1;
      continue;
    }
    if (block.kind === 'credit') continue;
    if (block.kind === 'byline') {
      if (paragraphs.length > 0 && startsArticle(block)) close([]);
      continue;
    }
    if (startsArticle(block) && paragraphs.length > 0) close([]);
    paragraphs.push(block.text);
  }
  if (paragraphs.length > 0) close([]);
  return articles;
}
