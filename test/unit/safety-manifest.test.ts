/**
 * Private by construction, at the manifest: Tanci declares exactly the permissions its code needs, each
 * one explained in the README, no host permissions, nothing that lets pages or other extensions in, and
 * no relaxed content security policy. The needed list is worked out from the browser APIs the source
 * calls, so a new API without its permission (or a permission nothing uses) fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const root = join(__dirname, '../..');

/** Browser API namespaces Tanci's code may call, with the permission each needs (null: none). */
const API_PERMISSIONS: Record<string, string | null> = {
  runtime: null,
  i18n: null,
  // commands, action and tabs.query/get/create/onRemoved need no permission of their own; a tab's URL is
  // visible only under activeTab (see USES_TAB_URL).
  commands: null,
  action: null,
  tabs: null,
  storage: 'storage',
  contextMenus: 'contextMenus',
  // permissions.contains/request need no permission: they ask for Send to Anki's optional host permission.
  permissions: null,
};

/** Code that reads a tab's URL: it needs activeTab, which grants it only for a tab the user acted on. */
const USES_TAB_URL = /\btab\??\.url\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const shipped = ['entrypoints', 'background', 'protocol', 'core', 'content', 'ui'].flatMap((d) =>
  sourceFiles(join(root, d)),
);

type ManifestFn = (env: { browser: string; manifestVersion: number; mode: string; command: string }) => {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  content_scripts?: { matches?: string[] }[];
};

const manifestFor = (browser: 'chrome' | 'firefox') =>
  (config.manifest as ManifestFn)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });

describe('the manifest asks only for what the code needs', () => {
  const used = new Set<string>();
  const usesTabUrl = new Set<string>();
  for (const file of shipped) {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|\s)\/\/.*$/gm, '$1');
    if (USES_TAB_URL.test(code)) usesTabUrl.add(file.slice(root.length + 1));
    for (const m of code.matchAll(/\b(?:browser|chrome)\.([a-zA-Z]+)\b/g)) {
      if (m[1] !== 'Runtime' && m[1] !== 'StorageArea') used.add(m[1] as string);
    }
  }

  it('every browser API the source calls is known, with the permission it needs', () => {
    expect([...used].filter((api) => !(api in API_PERMISSIONS))).toEqual([]);
    expect(used.has('storage') && used.has('contextMenus')).toBe(true);
  });

  it('tab URLs are read only for the tab the toolbar popup, the command or the menu was used on', () => {
    expect([...usesTabUrl].sort()).toEqual(['background/handlers/context-menu.ts', 'protocol/page-site.ts']);
  });

  it.each(['chrome', 'firefox'] as const)('%s: permissions are exactly the needed list', (browser) => {
    const m = manifestFor(browser);
    const needed = [...used].map((api) => API_PERMISSIONS[api]).filter((p): p is string => !!p);
    if (usesTabUrl.size > 0) needed.push('activeTab');
    expect([...(m.permissions ?? [])].sort()).toEqual([...new Set(needed)].sort());
    // Send to Anki's one address, used only once the reader turns it on (README: Permissions).
    expect(m.host_permissions ?? []).toEqual(['http://127.0.0.1:8765/*']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    // No way in for web pages or other extensions, and the browser's strict default CSP for MV3.
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
    // The one page-reachable file: the reader's own script, at a per-session URL in Chrome.
    expect(m.web_accessible_resources).toEqual([
      {
        resources: ['reader.js'],
        matches: ['<all_urls>'],
        ...(browser === 'chrome' ? { use_dynamic_url: true } : {}),
      },
    ]);
  });

  it('no code listens for other extensions or web pages', () => {
    const offenders = shipped.filter((f) =>
      /onMessageExternal|onConnectExternal|externally_connectable/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('the README lists each permission with its reason', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.split(/^## Permissions and privacy$/m)[1]?.split(/^## /m)[0] ?? '';
    expect(section).not.toBe('');
    const rows = section.split('\n').filter((l) => l.trim().startsWith('|'));
    const matches = (manifestFor('chrome').content_scripts ?? []).flatMap((c) => c.matches ?? []);
    expect(matches).toEqual(['<all_urls>']);
    const hosts = manifestFor('chrome').host_permissions ?? [];
    for (const permission of [...(manifestFor('chrome').permissions ?? []), '<all_urls>', ...hosts]) {
      const row = rows.find((r) => r.includes(`\`${permission}\``));
      expect(row, `README row for ${permission}`).toBeDefined();
      const reason = row?.split('|')[2]?.trim() ?? '';
      expect(reason.length, `reason for ${permission}`).toBeGreaterThan(20);
    }
  });

  it('CSV parsing never asks papaparse for its blob worker or a download (the only dynamic code in it)', () => {
    for (const file of shipped) {
      const src = readFileSync(file, 'utf8');
      for (const call of src.matchAll(/Papa\.(?:parse|unparse)[^;]*/g)) {
        expect(call[0]).not.toMatch(/\b(worker|download)\s*:/);
      }
    }
  });
});
