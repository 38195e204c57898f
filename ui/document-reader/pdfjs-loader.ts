/// <reference types="vite/client" />
import { browser } from 'wxt/browser';
import { once } from '@/core/once';
import { markMoment } from '@/core/perf';
import type { OpenPdfjs } from './pdf-document';
import { PDFJS_CMAPS_DIR } from './pdfjs-assets';

/**
 * pdf.js, loaded when the first PDF is opened (a separate chunk of the reader page only: content scripts
 * never import this). Its worker is bundled into the package and started from the extension's own URL; no
 * code comes from anywhere else, and pdf.js is told to use no eval, no fonts and no WebAssembly: the reader
 * wants the text layer only. The reader page calls this in idle time after it opens, so that pdf.js is ready
 * when the reader picks a file.
 */
export const loadPdfjs = once(async (): Promise<OpenPdfjs> => {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.mjs?worker&url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // One worker for every document of the page, started here (ahead of the first PDF when the page warms
  // the loader): starting it is most of the cost of opening a first PDF.
  const pdfWorker = new pdfjs.PDFWorker();
  await pdfWorker.promise;
  markMoment('pdf-ready');
  const cMapUrl = browser.runtime.getURL(`/${PDFJS_CMAPS_DIR}` as '/');
  return (data) =>
    pdfjs.getDocument({
      data,
      worker: pdfWorker,
      cMapUrl,
      cMapPacked: true,
      isEvalSupported: false,
      disableFontFace: true,
      useWasm: false,
      enableXfa: false,
      stopAtErrors: false,
    });
});
