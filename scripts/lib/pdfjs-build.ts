/**
 * How pdf.js (the reader page's PDF text) is built into the extension: without eval, and with its CMaps.
 *
 * pdf.js probes for `new Function` (isEvalSupported) and compiles PostScript functions with it when the
 * probe succeeds. The extension's policy forbids eval, so the probe would fail at run time anyway, but the
 * code would still be shipped, and stores and the build-safety test reject any Function constructor in the
 * package. The transform below turns each into a throw: the probe answers "no eval", and pdf.js takes its
 * interpreted path, which it uses in any page with a strict policy.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { PDFJS_CMAPS_DIR } from '../../ui/document-reader/pdfjs-assets';

const NO_EVAL = '(() => { throw new EvalError("Tanci ships no eval"); })(';

export function pdfjsWithoutEval(): Plugin {
  return {
    name: 'tanci-pdfjs-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]pdfjs-dist[\\/]/.test(id)) return null;
      const out = code.replace(/\bnew\s+Function\s*\(/g, NO_EVAL);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** The CMaps of Chinese encodings: simplified (GB, GBK, UniGB, Adobe-GB1) and traditional (CNS, Big5, HK). */
const CHINESE_CMAP = /(GB|CNS|B5|ETen|HK)/;

/**
 * pdf.js's predefined Adobe CMaps for Chinese (about 570 KB), copied into the package under pdfjs/cmaps/
 * with their licence: Chinese PDFs often use a non-embedded font with such an encoding (STSong-Light with
 * UniGB-UCS2-H), whose text pdf.js cannot map to Unicode without them. They are read from the package,
 * never from the web.
 */
export function pdfjsCmapAssets(root: string): { absoluteSrc: string; relativeDest: string }[] {
  const dir = join(root, 'node_modules/pdfjs-dist/cmaps');
  return readdirSync(dir)
    .filter((name) => name === 'LICENSE' || (name.endsWith('.bcmap') && CHINESE_CMAP.test(name)))
    .map((name) => ({ absoluteSrc: join(dir, name), relativeDest: `${PDFJS_CMAPS_DIR}${name}` }));
}
