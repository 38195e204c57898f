/**
 * Generated web pages for the "page stays intact" property: small trees of mixed Chinese / Latin / emoji
 * text with nested inline elements, open shadow roots, iframes, form fields, editors, scripts and styles.
 * Pages are kept small (a handful of blocks) so that thousands of them run in seconds.
 */
import fc from 'fast-check';

/** Policy terms the fake background's glossary knows, so that pages get policy marks. */
export const POLICY_TERMS = ['两高', '碳达峰', '碳中和', '双控', '先立后破', '网格化', '1+N', 'PM2.5'];

export type PageNode =
  | { kind: 'text'; text: string }
  | { kind: 'element'; tag: string; children: PageNode[] }
  | { kind: 'shadow'; tag: string; shadow: PageNode[]; light: PageNode[] }
  | { kind: 'iframe'; srcdoc: string }
  | { kind: 'field'; tag: 'input' | 'textarea' | 'select'; value: string }
  | { kind: 'editable'; flag: string; children: PageNode[] }
  | { kind: 'raw'; tag: 'script' | 'style' | 'noscript' | 'code'; text: string }
  | { kind: 'comment'; text: string };

const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...POLICY_TERMS, '碳达峰碳中和', '能耗双控', '遏制“两高”项目') },
  { weight: 5, arbitrary: fc.array(han, { minLength: 1, maxLength: 6 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.constantFrom('GDP', 'CO2', 'the', 'policy', 'Tanci', '2060', ' ', '  ', '\n') },
  { weight: 2, arbitrary: fc.constantFrom('。', '，', '“', '”', '、', '；', '！', '(', ')', '·', '…') },
  {
    weight: 1,
    // Surrogate pairs, a ZWJ sequence, a flag, variation selectors, combining marks, a full-width space.
    arbitrary: fc.constantFrom('🌍', '😀', '👩‍🔬', '🇨🇳', '☀️', 'é', '\u3000', '\u200b', '𠀀', '\u00a0'),
  },
);
export const textArb = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

const INLINE = ['span', 'b', 'em', 'a', 'strong', 'i', 'sub', 'mark', 'ruby', 'label', 'small'];
const BLOCK = ['p', 'div', 'section', 'li', 'h2', 'blockquote', 'td', 'article', 'pre'];

const leaf: fc.Arbitrary<PageNode> = fc.oneof(
  { weight: 8, arbitrary: textArb.map((text) => ({ kind: 'text' as const, text })) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        tag: fc.constantFrom('input', 'textarea', 'select') as fc.Arbitrary<'input'>,
        value: textArb,
      })
      .map((f) => ({ kind: 'field' as const, ...f })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        tag: fc.constantFrom('script', 'style', 'noscript', 'code') as fc.Arbitrary<'script'>,
        text: textArb,
      })
      .map((r) => ({ kind: 'raw' as const, tag: r.tag, text: `/* ${r.text} */` })),
  },
  { weight: 1, arbitrary: textArb.map((text) => ({ kind: 'comment' as const, text })) },
);

const { node } = fc.letrec<{ node: PageNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: leaf },
    {
      weight: 4,
      arbitrary: fc
        .record({
          tag: fc.constantFrom(...INLINE, ...BLOCK),
          children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
        })
        .map((e) => ({ kind: 'element' as const, ...e })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          tag: fc.constantFrom('div', 'span', 'x-card'),
          shadow: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
          light: fc.array(tie('node'), { maxLength: 2 }),
        })
        .map((s) => ({ kind: 'shadow' as const, ...s })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          flag: fc.constantFrom('true', '', 'plaintext-only'),
          children: fc.array(tie('node'), { minLength: 1, maxLength: 2 }),
        })
        .map((e) => ({ kind: 'editable' as const, ...e })),
    },
    {
      weight: 1,
      arbitrary: textArb.map((t) => ({ kind: 'iframe' as const, srcdoc: `<p>${t}</p>` })),
    },
  ),
}));

/** A page body: a few top-level nodes (blocks, inline runs, fields...). */
export const pageArb = fc.array(node, { minLength: 1, maxLength: 4 });

/** Builds the page's nodes in `doc` under `parent`. Field values are set as properties, as a user typing would. */
export function buildPage(doc: Document, parent: Node, nodes: PageNode[]): void {
  for (const n of nodes) {
    switch (n.kind) {
      case 'text':
        parent.appendChild(doc.createTextNode(n.text));
        break;
      case 'comment':
        parent.appendChild(doc.createComment(n.text.replace(/--/g, '')));
        break;
      case 'raw': {
        const el = doc.createElement(n.tag);
        // A script that never runs: its type is not JavaScript.
        if (n.tag === 'script') el.setAttribute('type', 'text/plain');
        el.textContent = n.text;
        parent.appendChild(el);
        break;
      }
      case 'element': {
        const el = doc.createElement(n.tag);
        if (n.tag === 'a') el.setAttribute('href', '#x');
        buildPage(doc, el, n.children);
        parent.appendChild(el);
        break;
      }
      case 'shadow': {
        const el = doc.createElement(n.tag);
        buildPage(doc, el.attachShadow({ mode: 'open' }), n.shadow);
        buildPage(doc, el, n.light);
        parent.appendChild(el);
        break;
      }
      case 'editable': {
        const el = doc.createElement('div');
        el.setAttribute('contenteditable', n.flag);
        buildPage(doc, el, n.children);
        parent.appendChild(el);
        break;
      }
      case 'iframe': {
        const el = doc.createElement('iframe');
        el.setAttribute('srcdoc', n.srcdoc);
        parent.appendChild(el);
        break;
      }
      case 'field': {
        const el = doc.createElement(n.tag);
        if (n.tag === 'select') {
          const option = doc.createElement('option');
          option.textContent = n.value;
          el.appendChild(option);
        } else {
          (el as HTMLInputElement).value = n.value;
          el.setAttribute('placeholder', n.value.slice(0, 4));
        }
        parent.appendChild(el);
        break;
      }
    }
  }
}

/**
 * The page as a string, open shadow roots and form-field values included: what a page's own scripts
 * could observe. Tanci's popup host is left out when `skip` says so.
 */
export function serialise(node: Node, skip: (el: Element) => boolean = () => false): string {
  if (node.nodeType === 3) return JSON.stringify((node as Text).data);
  if (node.nodeType === 8) return `<!--${(node as Comment).data}-->`;
  const parts: string[] = [];
  if (node.nodeType === 1) {
    const el = node as Element;
    if (skip(el)) return '';
    const attrs = [...el.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('');
    parts.push(`<${el.tagName.toLowerCase()}${attrs}>`);
    if ('value' in el && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) {
      parts.push(`{value=${JSON.stringify((el as HTMLInputElement).value)}}`);
    }
    if (el.shadowRoot)
      parts.push(`#shadow(${[...el.shadowRoot.childNodes].map((c) => serialise(c, skip)).join('')})`);
  }
  for (const child of node.childNodes) parts.push(serialise(child, skip));
  if (node.nodeType === 1) parts.push(`</${(node as Element).tagName.toLowerCase()}>`);
  return parts.join('');
}

/** Every node of the page in tree order, shadow trees included (to check the very same nodes are back). */
export function allNodes(root: Node, out: Node[] = []): Node[] {
  out.push(root);
  const shadow = root.nodeType === 1 ? (root as Element).shadowRoot : null;
  if (shadow) allNodes(shadow, out);
  for (const child of root.childNodes) allNodes(child, out);
  return out;
}

/** Text nodes a reader would read (Han text outside fields, editors, scripts), for choosing hover points. */
export function proseWithHan(root: Node, out: Text[] = []): Text[] {
  if (root.nodeType === 3) {
    if (/[\u4e00-\u9fff]/.test((root as Text).data)) out.push(root as Text);
    return out;
  }
  if (root.nodeType === 1) {
    const el = root as Element;
    if (/^(SCRIPT|STYLE|NOSCRIPT|CODE|TEXTAREA|INPUT|SELECT|IFRAME|TANCI-POPUP)$/.test(el.tagName))
      return out;
    if (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false') return out;
    if (el.shadowRoot) proseWithHan(el.shadowRoot, out);
  }
  for (const child of root.childNodes) proseWithHan(child, out);
  return out;
}
