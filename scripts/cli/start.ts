/**
 * `npm start`: build the extension, serve the demo page on 127.0.0.1 and open Chromium/Chrome with
 * Tanci loaded. Without a display (or a browser) it says so, prints how to load the build by hand and
 * exits non-zero.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toArticles } from '../../core/text/normalize';
import { CHROMIUM_CANDIDATES, chromiumArgs } from '../lib/chromium-args';
import { startStaticServer } from '../lib/static-server';
import { renderDemoPage } from './render-demo-page';

const root = join(import.meta.dirname, '../..');
const extensionDir = join(root, '.output/chrome-mv3');

function findBrowser(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function manualSteps(reason: string): never {
  console.error(`\nTanci: ${reason}

The extension is built and ready to load by hand:
  Chrome / Chromium / Edge: open chrome://extensions, switch on "Developer mode",
    click "Load unpacked" and choose
      ${extensionDir}
  Firefox: run "npm run build:firefox", open about:debugging#/runtime/this-firefox,
    click "Load Temporary Add-on…" and choose
      ${join(root, '.output/firefox-mv3/manifest.json')}
Then open any Chinese news page, or run "npm start" again where a display is available
for the demo page.\n`);
  process.exit(1);
}

function demoArticles() {
  const seedDir = join(root, 'seeds');
  return readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => toArticles(readFileSync(join(seedDir, name), 'utf8'), name));
}

async function main(): Promise<void> {
  const build = spawnSync('npm', ['run', 'build:chrome'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const browserPath = findBrowser();
  if (!browserPath) manualSteps('no Chromium or Chrome found (set CHROME_PATH to its executable).');
  if (!hasDisplay())
    manualSteps('no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser can open.');

  const page = renderDemoPage(demoArticles());
  const server = await startStaticServer(join(root, 'public'), {
    port: Number(process.env.PORT ?? 0),
    routes: { '/': () => ({ type: 'text/html; charset=utf-8', body: page }) },
  });
  const profile = join(root, 'node_modules/.cache/tanci-demo-profile');
  mkdirSync(join(profile, 'Default'), { recursive: true });
  // The translate bubble would cover the demo's first lines: switch it off in the demo's own profile.
  const prefs = join(profile, 'Default/Preferences');
  if (!existsSync(prefs)) writeFileSync(prefs, JSON.stringify({ translate: { enabled: false } }));
  const args = [
    ...chromiumArgs(extensionDir),
    // Branded Chrome 137+ ignores --load-extension unless this feature is switched off.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    // No "unsupported command-line flag" bar for the flags that keep the browser offline.
    '--test-type',
    // Chromium refuses to start as root with its sandbox on (containers, CI boxes).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--user-data-dir=${profile}`,
    `${server.url}/`,
  ];
  console.log(`Tanci demo: ${server.url}/ in ${browserPath} (close the browser or press Ctrl-C to stop)`);
  const child = spawn(browserPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  // Keep the end of the browser's own log: if it fails to start, that is the only explanation there is.
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const stop = async (code: number) => {
    await server.close();
    process.exit(code);
  };
  child.on('exit', (code) => {
    if (code) {
      console.error(`Tanci: the browser exited with code ${code}. Its last words:\n${log.trim()}`);
      void server.close().then(() => manualSteps('the browser did not start.'));
      return;
    }
    void stop(0);
  });
  child.on('error', (error) => {
    console.error(`Tanci: could not start ${browserPath}: ${error.message}`);
    void server.close().then(() => manualSteps('the browser did not start.'));
  });
  process.on('SIGINT', () => {
    child.kill();
    void stop(0);
  });
}

await main();
