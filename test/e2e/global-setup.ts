import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { extensionDir } from './paths';

/** Builds the Chrome extension once for the whole end-to-end run (TANCI_E2E_NO_BUILD=1 reuses a build). */
export default function setup(): void {
  if (process.env.TANCI_E2E_NO_BUILD === '1' && existsSync(extensionDir)) return;
  // Vitest sets NODE_ENV=test, which would build the development JSX runtime (with this machine's file
  // paths) into the bundles: test what users install instead.
  execFileSync('npm', ['run', 'build:chrome'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
