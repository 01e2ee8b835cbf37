/**
 * Real browsers with the e2e build of Verbatim installed, each in a fresh temporary profile.
 *
 * - Chromium: playwright-core, persistent context, the unpacked MV3 build loaded with --load-extension.
 * - Firefox: puppeteer-core over WebDriver BiDi (playwright cannot drive stock Firefox), the MV2 build
 *   installed as a temporary add-on. BiDi cannot `goto` a moz-extension:// URL, so extension pages are
 *   reached from a served page with `location.href` (the e2e manifest makes them web-accessible).
 *
 * `TestBrowser` is the small common surface tests use so the same steps run in both.
 */
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { BROWSER_BINARIES, E2E_BUILDS, requireFile } from './paths';
import { BLANK_PATH, type FixtureServer } from './server';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/**
 * The moz-extension:// host for the add-on, fixed through the `extensions.webextensions.uuids` pref so tests
 * know extension URLs before install. Any v4 UUID works; this one means nothing.
 */
export const FIREFOX_EXTENSION_UUID = '5e2b8f0a-3c1d-4e6f-9a7b-0d1c2e3f4a5b';

/** How long to wait for a page or element before failing; generous because CI machines are slow. */
const WAIT_MS = 20_000;

const BUILD_HINT = 'Run `npm run build:e2e` first (npm test does it).';
const BROWSER_HINT = 'Install it with: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium firefox-esr';

/** A tab in either browser, with the few operations tests need. */
export interface TestPage {
  /** The document's own location (puppeteer's page.url() misses navigations to moz-extension:// URLs). */
  url(): Promise<string>;
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page; `fn` must be self-contained (it is serialised). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<Awaited<T>>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  /** The trimmed textContent of the first element matching `selector` (waits for it). */
  text(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  extensionBase: string;
  newPage(url?: string): Promise<TestPage>;
  /** Opens an extension page such as `popup.html` in a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  close(): Promise<void>;
}

async function freshProfile(name: BrowserName): Promise<string> {
  return mkdtemp(join(tmpdir(), `verbatim-e2e-${name}-`));
}

async function ensureDir(path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
}

// ---------------------------------------------------------------- Chromium

/** Flags for headless Chromium with the unpacked extension loaded (TOOLCHAIN.md). */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    // Without these Chromium keeps calling Google services, which the closed network refuses loudly.
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ];
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  openExtensionPage(path: string): Promise<PwPage>;
  close(): Promise<void>;
}

export async function launchChromium(options: { headless?: boolean; extensionDir?: string } = {}): Promise<ChromiumSession> {
  const extensionDir = requireFile(options.extensionDir ?? E2E_BUILDS.chromium, BUILD_HINT);
  const executablePath = requireFile(BROWSER_BINARIES.chromium, BROWSER_HINT);
  const profile = await freshProfile('chromium');
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: options.headless ?? true,
      viewport: null,
      args: chromiumArgs(extensionDir),
    });
    const ctx = context;
    const serviceWorker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: WAIT_MS }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context: ctx,
      extensionId,
      serviceWorker,
      async openExtensionPage(path) {
        const page = await ctx.newPage();
        await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
        return page;
      },
      async close() {
        await ctx.close().catch(() => undefined);
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

function playwrightPage(page: PwPage): TestPage {
  return {
    url: async () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: async (selector, timeoutMs = WAIT_MS) => void (await page.waitForSelector(selector, { timeout: timeoutMs })),
    text: async (selector) => {
      const handle = await page.waitForSelector(selector, { timeout: WAIT_MS });
      return ((await handle?.textContent()) ?? '').trim();
    },
    click: (selector) => page.click(selector, { timeout: WAIT_MS }),
    type: (selector, text) => page.locator(selector).first().pressSequentially(text, { timeout: WAIT_MS }),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => {
      await ensureDir(path);
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

// ---------------------------------------------------------------- Firefox

export interface FirefoxSession {
  browser: PpBrowser;
  extensionBase: string;
  /** Needs a served page to start from: Firefox only reaches extension pages by navigating a web page there. */
  openExtensionPage(path: string): Promise<PpPage>;
  close(): Promise<void>;
}

/** Polls until `page` shows a document at a URL starting with `prefix` that has finished loading. */
async function waitForDocument(page: PpPage, prefix: string, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      // waitForNavigation never resolves for moz-extension:// over BiDi, so ask the document itself.
      const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState }));
      last = state.href;
      if (state.href.startsWith(prefix) && state.ready === 'complete') return;
    } catch {
      // The old document's context was destroyed mid-navigation: try again.
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`Firefox did not load ${prefix} within ${timeoutMs} ms (last URL: ${last || 'unknown'})`);
}

export async function launchFirefox(server: FixtureServer, options: { headless?: boolean; extensionDir?: string } = {}): Promise<FirefoxSession> {
  const extensionDir = requireFile(options.extensionDir ?? E2E_BUILDS.firefox, BUILD_HINT);
  const executablePath = requireFile(BROWSER_BINARIES.firefox, BROWSER_HINT);
  const profile = await freshProfile('firefox');
  let browser: PpBrowser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      headless: options.headless ?? true,
      executablePath,
      userDataDir: profile,
      dumpio: process.env.VERBATIM_DUMPIO === '1',
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      },
    });
    await browser.installExtension(extensionDir);
    const b = browser;
    const extensionBase = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
    return {
      browser: b,
      extensionBase,
      async openExtensionPage(path) {
        const target = extensionBase + path.replace(/^\//, '');
        const page = await b.newPage();
        await page.goto(server.url(BLANK_PATH));
        await page.evaluate((url) => {
          location.href = url;
        }, target);
        await waitForDocument(page, target);
        return page;
      },
      async close() {
        await b.close().catch(() => undefined);
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

function puppeteerPage(page: PpPage): TestPage {
  return {
    url: () => page.evaluate(() => location.href).catch(() => page.url()),
    goto: async (url) => {
      if (url.startsWith('moz-extension:')) {
        await page.evaluate((u) => {
          location.href = u;
        }, url);
        await waitForDocument(page, url);
      } else {
        await page.goto(url);
      }
    },
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: async (selector, timeoutMs = WAIT_MS) => void (await page.waitForSelector(selector, { timeout: timeoutMs })),
    text: async (selector) => {
      const handle = await page.waitForSelector(selector, { timeout: WAIT_MS });
      return ((await handle?.evaluate((el) => el.textContent)) ?? '').trim();
    },
    click: async (selector) => {
      await page.waitForSelector(selector, { timeout: WAIT_MS });
      await page.click(selector);
    },
    type: async (selector, text) => {
      await page.waitForSelector(selector, { timeout: WAIT_MS });
      await page.type(selector, text);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => {
      await ensureDir(path);
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

// ---------------------------------------------------------------- common adapter

/** Launches `name` with the e2e build installed. Always `close()` it (use afterAll). */
export async function launch(name: BrowserName, server: FixtureServer, options: { headless?: boolean } = {}): Promise<TestBrowser> {
  if (name === 'chromium') {
    const s = await launchChromium(options);
    return {
      name,
      extensionBase: `chrome-extension://${s.extensionId}/`,
      newPage: async (url) => {
        const page = await s.context.newPage();
        if (url) await page.goto(url);
        return playwrightPage(page);
      },
      openExtensionPage: async (path) => playwrightPage(await s.openExtensionPage(path)),
      close: () => s.close(),
    };
  }
  const s = await launchFirefox(server, options);
  return {
    name,
    extensionBase: s.extensionBase,
    newPage: async (url) => {
      const page = await s.browser.newPage();
      if (url) await page.goto(url);
      return puppeteerPage(page);
    },
    openExtensionPage: async (path) => puppeteerPage(await s.openExtensionPage(path)),
    close: () => s.close(),
  };
}
