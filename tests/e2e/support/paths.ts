/** Where the e2e tests find the repository, the e2e builds and the browsers. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Built by `npm run build:e2e` (wxt.e2e.config.ts, `--mode e2e`): WXT suffixes the mode to the directory name.
 * Kept apart from the store build in .output/ because the e2e manifest exposes extension pages to web pages.
 */
export const E2E_BUILDS = {
  chromium: join(ROOT, '.output-e2e/chrome-mv3-e2e'),
  firefox: join(ROOT, '.output-e2e/firefox-mv2-e2e'),
} as const;

export const BROWSER_BINARIES = {
  chromium: process.env.VERBATIM_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.VERBATIM_FIREFOX ?? '/usr/bin/firefox-esr',
} as const;

export const SCREENSHOTS_DIR = join(ROOT, 'tests/e2e/screenshots');

export function requireFile(path: string, hint: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing. ${hint}`);
  return path;
}
