/**
 * Node's `url` for the browser bundle: the URL parser inside xmlbuilder2's DOM (@oozcitak/url) requires it
 * for international host names, which the termbase export never parses. wxt.config.ts aliases `url` here;
 * Node and the tests use the real module. The browser's own URL parser does the conversion.
 */
export function domainToASCII(domain: string): string {
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return '';
  }
}

/** The browser has no punycode decoder; the ASCII form names the same host. */
export function domainToUnicode(domain: string): string {
  return domain;
}

export default { domainToASCII, domainToUnicode };
