import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The build folder; TANCI_OUT_DIR (absolute) gives a run its own, as it does for `wxt build`. */
export const outDir = process.env.TANCI_OUT_DIR ?? `${root}.output`;
export const extensionDir = `${outDir}/chrome-mv3`;
export const fixturePagesDir = `${root}test/fixtures/pages`;
