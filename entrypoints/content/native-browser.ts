/**
 * The extension API in the content script: the browser's own `browser` (Firefox) or `chrome` (Chromium), not
 * webextension-polyfill. The polyfill is 10 KB minified on every page a reader opens, and the content script
 * only needs calls that already return promises in both browsers (Chrome MV3 and Firefox MV2):
 * `runtime.id`, `runtime.sendMessage`, `runtime.onMessage` (listeners that never answer), `storage.sync.get`,
 * `storage.local.get` and `storage.onChanged`.
 *
 * The content-script build resolves `wxt/browser` to this file (modules/content-script-browser.ts), so WXT's own
 * ContentScriptContext and shared code such as utils/messaging/client.ts use it too; types still come from
 * `wxt/browser`. A content-script change that needs more of the API must check that the call returns a promise
 * in Chrome, or use the polyfill there again.
 *
 * The content script runs in an isolated world: a page that defines its own `window.chrome` or `window.browser`
 * changes nothing here.
 */
import type { browser as polyfilled } from 'wxt/browser';

type Global = { browser?: { runtime?: { id?: string } }; chrome?: unknown };
const g = globalThis as unknown as Global;

/** Firefox's `browser` when it is the extension API (it has a runtime id), else Chromium's `chrome`. */
export const browser = (g.browser?.runtime?.id ? g.browser : g.chrome) as typeof polyfilled;
