/** Where pdf.js's CMaps are in the package (copied there at build time by scripts/lib/pdfjs-build.ts). */
export const PDFJS_CMAPS_DIR = 'pdfjs/cmaps/';
