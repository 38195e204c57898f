/** The part of sax's API (strict mode, element events) core/export/xml-tree.ts uses; sax ships no types. */
declare module 'sax' {
  interface QualifiedTag {
    name: string;
    local: string;
    uri: string;
    attributes: Record<string, { name: string; value: string; uri: string; local: string }>;
  }
  interface SAXParser {
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    onprocessinginstruction: (pi: { name: string; body: string }) => void;
    onerror: (error: Error) => void;
    write(text: string): SAXParser;
    close(): SAXParser;
  }
  function parser(
    strict: boolean,
    options?: { xmlns?: boolean; trim?: boolean; normalize?: boolean },
  ): SAXParser;
  const sax: { parser: typeof parser };
  export default sax;
}
