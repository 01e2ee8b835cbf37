/**
 * Helpers for the popup and reader e2e tests: a raw page in either browser with real key presses, select
 * menus, dark mode, clipboard capture, and axe-core.
 *
 * Built on launchChromium / launchFirefox (support/browsers.ts) because these tests need what the common
 * TestPage does not offer: keyboard presses, <select> choices, colour-scheme emulation and new tabs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium, launchFirefox, type BrowserName } from './browsers';
import { startServer, type FixtureServer } from './server';

const WAIT_MS = 20_000;

export interface UiPage {
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<Awaited<T>>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  /** Waits until `fn()` in the page returns a truthy value. */
  waitUntil<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Real key presses: "ArrowDown", "Enter", "s". */
  press(key: string): Promise<void>;
  /** Replaces an input's value by typing it, key by key (search-as-you-type sees every prefix). */
  typeInto(selector: string, text: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /**
   * Emulates prefers-color-scheme; false where the driver cannot (Firefox over WebDriver BiDi has no media
   * emulation, and its colour scheme is a launch-time preference).
   */
  colorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  screenshot(path: string): Promise<void>;
  reload(): Promise<void>;
}

export interface UiSession {
  name: BrowserName;
  extensionBase: string;
  open(path: string): Promise<UiPage>;
  /** URLs of every open tab. */
  tabUrls(): Promise<string[]>;
  close(): Promise<void>;
}

async function pollUntil(check: () => Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error; // document navigating: try again
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`Timed out waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`);
}

function fromPlaywright(page: PwPage): UiPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: async (selector, timeoutMs = WAIT_MS) => void (await page.waitForSelector(selector, { timeout: timeoutMs })),
    waitUntil: async (fn, arg, timeoutMs = WAIT_MS) => void (await page.waitForFunction(fn as (a: unknown) => unknown, arg, { timeout: timeoutMs })),
    click: (selector) => page.click(selector, { timeout: WAIT_MS }),
    press: (key) => page.keyboard.press(key),
    typeInto: async (selector, text) => {
      await page.fill(selector, '');
      await page.locator(selector).pressSequentially(text);
    },
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    colorScheme: async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      return true;
    },
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: false })),
    reload: async () => void (await page.reload()),
  };
}

function fromPuppeteer(page: PpPage): UiPage {
  const waitUntil: UiPage['waitUntil'] = (fn, arg, timeoutMs = WAIT_MS) =>
    pollUntil(() => page.evaluate(fn as (a: unknown) => unknown, arg), timeoutMs, `a condition in the page: ${fn.toString().slice(0, 120)}`);
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: (selector, timeoutMs = WAIT_MS) => waitUntil((s: string) => document.querySelector(s) !== null, selector, timeoutMs),
    waitUntil,
    click: async (selector) => {
      await waitUntil((s: string) => document.querySelector(s) !== null, selector);
      await page.click(selector);
    },
    press: (key) => page.keyboard.press(key as Parameters<PpPage['keyboard']['press']>[0]),
    typeInto: async (selector, text) => {
      await page.evaluate((s) => {
        const input = document.querySelector<HTMLInputElement>(s)!;
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.focus();
      }, selector);
      await page.keyboard.type(text);
    },
    select: async (selector, value) => void (await page.select(selector, value)),
    setViewport: (width, height) => page.setViewport({ width, height }),
    colorScheme: async () => false,
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    reload: async () => {
      // Mark the old document, reload without awaiting (the evaluate dies with the document), then poll
      // until a fresh, loaded document answers (waitForNavigation never resolves for moz-extension://).
      await page.evaluate(() => {
        (window as unknown as { __old?: boolean }).__old = true;
      });
      void page.evaluate(() => setTimeout(() => location.reload(), 0)).catch(() => undefined);
      await pollUntil(
        () => page.evaluate(() => !(window as unknown as { __old?: boolean }).__old && document.readyState === 'complete'),
        WAIT_MS,
        'the reload',
      );
    },
  };
}

/** Launches `name` with the e2e build, ready to open popup.html / reader.html. Always close() it. */
export async function launchUi(name: BrowserName): Promise<UiSession> {
  const server: FixtureServer = await startServer();
  if (name === 'chromium') {
    const s = await launchChromium();
    return {
      name,
      extensionBase: `chrome-extension://${s.extensionId}/`,
      open: async (path) => fromPlaywright(await s.openExtensionPage(path)),
      tabUrls: async () => s.context.pages().map((p) => p.url()),
      close: async () => {
        await s.close();
        await server.close();
      },
    };
  }
  const s = await launchFirefox(server);
  return {
    name,
    extensionBase: s.extensionBase,
    open: async (path) => fromPuppeteer(await s.openExtensionPage(path)),
    tabUrls: async () => Promise.all((await s.browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => p.url()))),
    close: async () => {
      await s.close();
      await server.close();
    },
  };
}

// ---------------------------------------------------------------- clipboard

/**
 * Replaces `navigator.clipboard.writeText` in the page with a recorder, so tests read exactly what a copy
 * button wrote (headless browsers have no shared system clipboard to read back).
 */
export async function captureClipboard(page: UiPage): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: (text: string) => {
        w.__copied.push(text);
        return Promise.resolve();
      },
    });
  });
}

export async function copiedTexts(page: UiPage): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __copied?: string[] }).__copied ?? []);
}

export async function waitForCopies(page: UiPage, count: number): Promise<string[]> {
  await page.waitUntil((n: number) => ((window as unknown as { __copied?: string[] }).__copied ?? []).length >= n, count);
  return copiedTexts(page);
}

// ---------------------------------------------------------------- axe

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page (WCAG 2 A/AA rules) and returns the serious and critical violations. The axe
 * source is evaluated through the driver, which extension pages' CSP does not restrict.
 */
export async function seriousAxeViolations(page: UiPage): Promise<AxeViolation[]> {
  const run = `(async () => {
    ${axeSource}
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  })()`;
  // Both drivers accept a string expression; TestPage-style typing only knows functions.
  const evaluate = page.evaluate as unknown as (expression: string) => Promise<AxeViolation[]>;
  return evaluate(run);
}
