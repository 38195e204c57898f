/// <reference types="vite/client" />
import { browser } from 'wxt/browser';
import { once } from '@/core/once';
import type { OpenPdfjs } from './pdf-document';
import { PDFJS_CMAPS_DIR } from './pdfjs-assets';

/**
 * pdf.js, loaded when the first PDF is opened (a separate chunk of the reader page only: content scripts
 * never import this). Its worker is bundled into the package and started from the extension's own URL; no
 * code comes from anywhere else, and pdf.js is told to use no eval, no fonts and no WebAssembly: the reader
 * wants the text layer only.
 */
export const loadPdfjs = once(async (): Promise<OpenPdfjs> => {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.mjs?worker&url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const cMapUrl = browser.runtime.getURL(`/${PDFJS_CMAPS_DIR}` as '/');
  return (data) =>
    pdfjs.getDocument({
      data,
      cMapUrl,
      cMapPacked: true,
      isEvalSupported: false,
      disableFontFace: true,
      useWasm: false,
      enableXfa: false,
      stopAtErrors: false,
    });
});
