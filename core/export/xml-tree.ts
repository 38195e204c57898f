/**
 * Reads XML into a small tree of plain data, with sax in strict mode: a truncated download, a mismatched
 * or unclosed tag and an undefined entity are errors, never half a file (xmlbuilder2's own reader, which
 * writes the TBX, accepts all three). Entities are XML's five and character references only: nothing a
 * DOCTYPE declares is expanded.
 */
import sax from 'sax';

export interface XmlElement {
  /** Local name; `ns` is its namespace URI. */
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its descendants'). */
  text: string;
}

export interface XmlDocument {
  root: XmlElement;
  instructions: { name: string; body: string }[];
}

export function parseXml(xml: string): XmlDocument {
  const parser = sax.parser(true, { xmlns: true });
  const stack: XmlElement[] = [];
  const instructions: XmlDocument['instructions'] = [];
  let root: XmlElement | undefined;
  // The first error ends the read: sax calls this from write() and close() and catches nothing.
  parser.onerror = (e) => {
    throw e;
  };
  parser.onprocessinginstruction = (pi) => instructions.push(pi);
  parser.onopentag = (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.name] = a.value;
    const el: XmlElement = { name: tag.local, ns: tag.uri, attrs, children: [], text: '' };
    stack[stack.length - 1]?.children.push(el);
    root ??= el;
    stack.push(el);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  };
  parser.oncdata = parser.ontext;
  parser.write(xml).close();
  if (stack.length > 0) throw new Error(`unclosed element <${stack[stack.length - 1]?.name}>`);
  if (!root) throw new Error('no root element');
  return { root, instructions };
}
