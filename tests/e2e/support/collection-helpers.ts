/**
 * Helpers for the collection e2e tests: browsers whose profile survives a restart (so a test can close the
 * browser and find the collection again, or swap the extension for a newer build), and in-page calls of the
 * extension's message protocol.
 *
 * - Chromium: a persistent context on a profile directory the test owns; the unpacked extension is loaded from
 *   a directory path, so relaunching with the same path (even with new files in it) keeps its id and its data.
 * - Firefox: the add-on is installed permanently, not as a temporary add-on (which Firefox forgets on restart):
 *   a proxy file `<profile>/extensions/<gecko id>` holds the path of the unpacked build, and unsigned add-ons are
 *   allowed (`xpinstall.signatures.required: false`, honoured by Firefox ESR).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { FIREFOX_EXTENSION_UUID, chromiumArgs, type BrowserName } from './browsers';
import { BROWSER_BINARIES, E2E_BUILDS, requireFile } from './paths';
import { BLANK_PATH, type FixtureServer } from './server';

/** Generous: browser start, extension install and database seeding take seconds each on a slow CI machine. */
export const WAIT_MS = 30_000;

/** The few page operations the collection tests use, in both browsers. */
export interface ExtPage {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<Awaited<T>>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface PersistentBrowser {
  name: BrowserName;
  profile: string;
  open(path: string): Promise<ExtPage>;
  /** Closes the browser, keeping the profile. */
  close(): Promise<void>;
}

export async function newProfile(name: BrowserName): Promise<string> {
  return mkdtemp(join(tmpdir(), `verbatim-collection-${name}-`));
}

/**
 * Prepares a closed profile for starting with new extension files in the same directory, as a store update
 * would. Chromium keeps running the service worker script it registered for an unpacked extension across
 * restarts even when the files and version changed (a store update replaces it), so its service worker
 * registrations are dropped; the extension's IndexedDB and storage are untouched. Firefox re-reads the add-on
 * at start-up: nothing to do.
 */
export async function prepareForUpdate(name: BrowserName, profile: string): Promise<void> {
  if (name === 'chromium') await rm(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
}

export async function removeProfile(profile: string): Promise<void> {
  await rm(profile, { recursive: true, force: true });
}

async function until<T>(what: string, fn: () => Promise<T | undefined | null | false>, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    await new Promise((ok) => setTimeout(ok, 150));
  }
  throw new Error(`Timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

function pwPage(page: PwPage): ExtPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: async (selector, timeoutMs = WAIT_MS) => void (await page.waitForSelector(selector, { timeout: timeoutMs })),
    click: (selector) => page.click(selector, { timeout: WAIT_MS }),
    screenshot: async (path, fullPage = true) => {
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path, fullPage });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
  };
}

function ppPage(page: PpPage, url: string): ExtPage {
  const self: ExtPage = {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: async (selector, timeoutMs = WAIT_MS) => void (await page.waitForSelector(selector, { timeout: timeoutMs })),
    click: async (selector) => {
      await page.waitForSelector(selector, { timeout: WAIT_MS });
      await page.click(selector);
    },
    screenshot: async (path, fullPage = true) => {
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    reload: async () => {
      await page.evaluate(() => location.reload()).catch(() => undefined);
      await new Promise((ok) => setTimeout(ok, 300));
      await waitForDocument(page, url);
    },
    close: () => page.close(),
  };
  return self;
}

/** Firefox over BiDi never reports navigations to moz-extension:// pages: ask the document itself. */
async function waitForDocument(page: PpPage, url: string): Promise<void> {
  await until(`Firefox to load ${url}`, async () => {
    const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState }));
    return state.href.startsWith(url) && state.ready === 'complete';
  });
}

export async function launchPersistentChromium(profile: string, extensionDir = E2E_BUILDS.chromium): Promise<PersistentBrowser> {
  requireFile(extensionDir, 'Run `npm run build:e2e` first.');
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: requireFile(BROWSER_BINARIES.chromium, 'Install chromium.'),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs(extensionDir),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: WAIT_MS }));
  const id = new URL(worker.url()).host;
  return {
    name: 'chromium',
    profile,
    open: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return pwPage(page);
    },
    close: () => context.close(),
  };
}

export async function launchPersistentFirefox(profile: string, server: FixtureServer, extensionDir = E2E_BUILDS.firefox): Promise<PersistentBrowser> {
  requireFile(extensionDir, 'Run `npm run build:e2e` first.');
  await mkdir(join(profile, 'extensions'), { recursive: true });
  await writeFile(join(profile, 'extensions', GECKO_ID), extensionDir);
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath: requireFile(BROWSER_BINARIES.firefox, 'Install firefox-esr.'),
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'xpinstall.signatures.required': false,
      // Load add-ons found in the profile without asking, and re-check their files at start-up (upgrades).
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'extensions.startupScanScopes': 15,
    },
  });
  const base = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  const open = async (path: string) => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(server.url(BLANK_PATH));
    const url = base + path;
    // The add-on may still be starting: retry the navigation until the extension page answers.
    await until(`the add-on page ${url}`, async () => {
      await page.evaluate((u) => {
        location.href = u;
      }, url).catch(() => undefined);
      await waitForDocument(page, url).catch(() => undefined);
      return page.evaluate((u) => location.href.startsWith(u) && document.readyState === 'complete', url).catch(() => false);
    });
    return ppPage(page, url);
  };
  return { name: 'firefox', profile, open, close: () => browser.close() };
}

export function launchPersistent(name: BrowserName, profile: string, server: FixtureServer, extensionDir?: string): Promise<PersistentBrowser> {
  return name === 'chromium' ? launchPersistentChromium(profile, extensionDir) : launchPersistentFirefox(profile, server, extensionDir);
}

/** Runs in an extension page: one request of Verbatim's protocol; resolves to the reply `{ ok, value | error }`. */
export async function callExtension(arg: { type: string; payload?: unknown }): Promise<unknown> {
  type Runtime = { sendMessage(message: unknown): Promise<unknown> };
  const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  const runtime = (g.browser ?? g.chrome)?.runtime;
  if (!runtime) throw new Error('No extension runtime in this page.');
  return runtime.sendMessage({ verbatim: 1, type: arg.type, payload: arg.payload });
}

/** Calls the protocol from `page` and returns the value, or throws the error the background answered. */
export async function call<T>(page: ExtPage, type: string, payload?: unknown): Promise<T> {
  const reply = (await page.evaluate(callExtension, { type, payload })) as { ok: boolean; value?: T; error?: string } | undefined;
  if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error ?? 'no answer'}`);
  return reply.value as T;
}

/** Runs in an extension page: everything in storage.sync. */
export async function readSyncStorage(): Promise<Record<string, unknown>> {
  type Area = { get(keys: null): Promise<Record<string, unknown>> };
  const g = globalThis as unknown as { browser?: { storage: { sync: Area } }; chrome?: { storage: { sync: Area } } };
  return (g.browser ?? g.chrome)!.storage.sync.get(null);
}

/** Runs in the collection page: picks `content` as the file of the import input, as a user would. */
export function chooseImportFile(arg: { content: string; name: string }): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]');
  if (!input) throw new Error('No import input on the page.');
  const transfer = new DataTransfer();
  transfer.items.add(new File([arg.content], arg.name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Runs in a page: the trimmed text of the first element matching the selector, or ''. */
export function textOf(selector: string): string {
  return document.querySelector(selector)?.textContent?.trim() ?? '';
}

/** Waits until `fn` returns something truthy (polling); for states the page reaches asynchronously. */
export const waitUntil = until;
