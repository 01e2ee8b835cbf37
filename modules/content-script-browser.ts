/**
 * Local WXT module (WXT loads every file in modules/): the content script is built without
 * webextension-polyfill. `@wxt-dev/webextension-polyfill` aliases `wxt/browser` to the polyfill in every build;
 * for content-script builds only, this puts entrypoints/content/native-browser.ts first, so `wxt/browser` there
 * (Verbatim's code and WXT's own ContentScriptContext) is the browser's native promise API. That keeps ~10 KB
 * off every page (issue 7: content script ≤ 60 KB). Background, popup and extension pages keep the polyfill. In the
 * same builds `wxt/utils/content-script-context` resolves to entrypoints/content/page-context.ts (see there).
 */
import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import type { Alias } from 'vite';

export default defineWxtModule({
  name: 'verbatim:content-script-browser',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.length || !entrypoints.every((e) => e.type === 'content-script')) return;
      const shim: Alias = { find: /^wxt\/browser$/, replacement: resolve(wxt.config.root, 'entrypoints/content/native-browser.ts') };
      // WXT's ContentScriptContext (~3 KB with its helpers) gives way to the part Verbatim uses (page-context.ts).
      const context: Alias = { find: /^wxt\/utils\/content-script-context$/, replacement: resolve(wxt.config.root, 'entrypoints/content/page-context.ts') };
      const resolveConfig = (config.resolve ??= {});
      const existing = resolveConfig.alias ?? [];
      const list: Alias[] = Array.isArray(existing) ? [...(existing as Alias[])] : Object.entries(existing as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
      // The first matching alias wins: ours before the polyfill's.
      resolveConfig.alias = [shim, context, ...list];
    });
  },
});
