import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ANKI_CONNECT_ORIGINS } from './core/anki/anki-connect-url';
import { pdfjsCmapAssets, pdfjsWithoutEval } from './scripts/lib/pdfjs-build';

// The manifest is generated: entrypoints declare their own keys, this file adds what is global.
export default defineConfig({
  imports: false,
  // Several checkouts' test runs can share one work tree without overwriting each other's build.
  outDir: process.env.TANCI_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    // Interface strings live in public/_locales (English and Simplified Chinese).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the toolbar popup and the keyboard command read the address of the tab they were used on
    // (protocol/page-site.ts); it grants nothing until the user acts, and no install warning.
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // Send to Anki (off by default): AnkiConnect on this computer's loopback address, the one request Tanci
    // may make, and only once turned on in settings. A host permission rather than an optional one: Chrome's
    // prompt for an optional one cannot be answered in the end-to-end tests, and `<all_urls>` content
    // scripts already carry the broader install warning, so this adds none. Firefox MV3 grants host
    // permissions only on request: the settings page asks when the reader turns it on.
    host_permissions: [...ANKI_CONNECT_ORIGINS],
    // The detector stub (entrypoints/detector.ts, a plain script: see there) in every frame, and the marks'
    // styles (public/reader.css), which the browser applies without adding anything to the page's DOM.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['detector.js'],
        css: ['reader.css'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
      },
    ],
    // The reader's main part, imported by the content script only into frames that hold Chinese text.
    // Chrome serves it from a per-session URL so pages cannot probe for the extension; Firefox's
    // extension URLs are already random per install.
    web_accessible_resources: [
      {
        resources: ['reader.js'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Chrome silently leaves a suggested key unassigned when it is one of its own shortcuts (Alt+Shift+T
    // focuses the toolbar; Alt+Shift+P and Alt+Shift+Z are taken too): chrome.commands.getAll() then shows
    // no key. test/e2e/shortcuts.test.ts checks that these two reach the browser.
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleSite__',
      },
      'toggle-inline-pinyin': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandToggleInline__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tanci@tanci.app',
              // 140: the CSS Custom Highlight API (the page marks) and data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // pdf.js's CMaps (Chinese PDFs with non-embedded fonts need them), from the package, never the web.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsCmapAssets(fileURLToPath(new URL('.', import.meta.url))));
    },
  },
  vite: () => ({
    plugins: [preact(), pdfjsWithoutEval()],
    // pdf.js's worker (the reader page's PDF parsing) is its own bundle: an ES module, as pdf.js starts it,
    // built without eval like the page's code.
    worker: { format: 'es' as const, plugins: () => [pdfjsWithoutEval()] },
    // xmlbuilder2 (the TBX export) is CommonJS written for Node and requires two Node modules; in the
    // browser these small modules stand in for them (see their headers).
    resolve: {
      alias: {
        events: fileURLToPath(new URL('./ui/browser-shims/events.ts', import.meta.url)),
        url: fileURLToPath(new URL('./ui/browser-shims/url.ts', import.meta.url)),
      },
    },
  }),
});
