import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { extensionDir } from './paths';

/** Builds the Chrome extension once for the whole end-to-end run (TANCI_E2E_NO_BUILD=1 reuses a build). */
let built = false;

export default function setup(): void {
  // Both end-to-end projects (vitest.config.ts) name this setup: build once per run.
  if (built || (process.env.TANCI_E2E_NO_BUILD === '1' && existsSync(extensionDir))) return;
  built = true;
  // Vitest sets NODE_ENV=test, which would build the development JSX runtime (with this machine's file
  // paths) into the bundles: test what users install instead.
  execFileSync('npm', ['run', 'build:chrome'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
