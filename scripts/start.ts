/**
 * `npm start`: try Verbatim by hand. Builds the extension if needed, serves tests/fixtures/ on a local port
 * and opens Chromium with the extension loaded at a demo article. Without a display it explains how to
 * load the build into your own browser instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { FIXTURES_DIR, startServer } from '../tests/e2e/support/server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromeBuild = join(root, '.output/chrome-mv3');
const firefoxBuild = join(root, '.output/firefox-mv2');
const CHROMIUM = process.env.VERBATIM_CHROMIUM ?? '/usr/bin/chromium';

/** The page to open: tests/fixtures/demo.html if there is one, else the first article. */
function demoPath(): string {
  if (existsSync(join(FIXTURES_DIR, 'demo.html'))) return '/demo.html';
  const articles = join(FIXTURES_DIR, 'articles');
  const first = existsSync(articles) ? readdirSync(articles).filter((f) => f.endsWith('.html')).sort()[0] : undefined;
  return first ? `/articles/${first}` : '/';
}

function build(): void {
  console.log('No build in .output/chrome-mv3: building (npm run compile && wxt build)…');
  for (const [command, args] of [
    ['npm', ['run', '--silent', 'compile']],
    ['npx', ['wxt', 'build']],
    ['npx', ['wxt', 'build', '-b', 'firefox']],
  ] as const) {
    const result = spawnSync(command, [...args], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

function explainManualLoad(reason: string): void {
  console.log(`${reason}

Load Verbatim into a browser on a machine with a display:

  Chrome / Chromium / Edge
    1. Open chrome://extensions and switch on "Developer mode" (top right).
    2. Click "Load unpacked" and choose ${chromeBuild}

  Firefox
    1. Open about:debugging#/runtime/this-firefox
    2. Click "Load Temporary Add-on…" and choose ${join(firefoxBuild, 'manifest.json')}
       (or install the zip from .output/*-firefox.zip after \`npm run build\`)

Then open any news article, or the demo page: serve the fixtures with any static server, e.g.
    python3 -m http.server 8000 --directory tests/fixtures
and open http://127.0.0.1:8000${demoPath()}`);
}

if (!existsSync(join(chromeBuild, 'manifest.json'))) build();

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  explainManualLoad('There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.');
  process.exit(0);
}
if (!existsSync(CHROMIUM)) {
  explainManualLoad(`Chromium is not installed at ${CHROMIUM} (apt-get install chromium, or set VERBATIM_CHROMIUM).`);
  process.exit(0);
}

const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'verbatim-start-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: false,
  viewport: null,
  args: [
    `--disable-extensions-except=${chromeBuild}`,
    `--load-extension=${chromeBuild}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined));
if (!worker) console.warn('Warning: Verbatim’s service worker did not start; check chrome://extensions for errors.');
const url = server.url(demoPath());
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Chromium is open at ${url} with Verbatim loaded from .output/chrome-mv3${worker ? ` (id ${new URL(worker.url()).host})` : ''}.
Fixtures are served at ${server.base}/ . Close the browser window (or press Ctrl+C) to stop.`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await context.close().catch(() => undefined);
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(0);
}
context.on('close', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
