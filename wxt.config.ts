import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The manifest is generated: entrypoints declare their own keys, this file adds what is global.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Tanci 碳词',
    description:
      'Hover Chinese climate and environmental-policy news for pinyin, English and a policy glossary learned from real articles.',
    permissions: ['storage'],
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Turn Tanci on or off for this site',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tanci@tanci.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
});
