import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Fixed Firefox add-on id: storage.sync and upgrades need the same id in every build. */
export const GECKO_ID = 'verbatim@verbatim.example';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No modulepreload polyfill: Chrome and Firefox support modulepreload natively, and the polyfill was the
  // bundles' only use of fetch (see SECURITY.md, finding 5). VERBATIM_SOURCEMAP=1 writes source maps, to see what
  // makes up a bundle's bytes (README "Size").
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false }, sourcemap: process.env.VERBATIM_SOURCEMAP === '1' } }),
  manifest: ({ browser, mode }) => ({
    name: 'Verbatim — check what was really said',
    short_name: 'Verbatim',
    description:
      'Checks quotes in news articles against the Kremlin transcripts of the SCO summit in Astana (July 2024). Works offline; page text never leaves your browser.',
    // Each permission is justified in README.md ("Permissions").
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'alarms'],
    action: { default_title: 'Verbatim' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: CSS Custom Highlight API and data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    // The e2e build lets a test page navigate to extension pages (Firefox BiDi cannot goto moz-extension:// URLs).
    ...(mode === 'e2e'
      ? {
          web_accessible_resources:
            browser === 'firefox'
              ? ['popup.html', 'reader.html', 'collection.html', 'report.html', 'options.html']
              : [{ resources: ['popup.html', 'reader.html', 'collection.html', 'report.html', 'options.html'], matches: ['<all_urls>'] }],
        }
      : {}),
  }),
});
