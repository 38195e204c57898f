import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const extensionDir = `${root}.output/chrome-mv3`;
export const fixturePagesDir = `${root}test/fixtures/pages`;
