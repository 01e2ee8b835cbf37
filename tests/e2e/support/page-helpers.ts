/**
 * Helpers for the in-page e2e tests (tests/e2e/page-*.e2e.ts): a page with real keyboard and mouse, the
 * page's console errors, and readers for Verbatim's in-page UI (the e2e build opens its shadow root and puts
 * test hooks on the host element). Built on the harness's launchers in browsers.ts.
 */
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { launchChromium, launchFirefox, type BrowserName } from './browsers';
import type { FixtureServer } from './server';

/** Generous: the first scan of a big page plus the engine's check on a slow CI machine. */
export const READY_TIMEOUT_MS = 30_000;

export interface PageUnderTest {
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<Awaited<T>>;
  press(key: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Console errors and uncaught exceptions the page reported since it was opened. */
  errors: string[];
  close(): Promise<void>;
}

export interface PageBrowser {
  name: BrowserName;
  newPage(): Promise<PageUnderTest>;
  /** An extension page (report.html?tab=…, options.html) with the same operations. */
  openExtensionPage(path: string): Promise<PageUnderTest>;
  close(): Promise<void>;
}

function fromPlaywright(page: PwPage): PageUnderTest {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    errors,
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    press: (key) => page.keyboard.press(key),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => {
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

function fromPuppeteer(page: PpPage): PageUnderTest {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    errors,
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    press: (key) => page.keyboard.press(key as Parameters<PpPage['keyboard']['press']>[0]),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => {
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

export async function launchForPages(name: BrowserName, server: FixtureServer): Promise<PageBrowser> {
  if (name === 'chromium') {
    const s = await launchChromium();
    return {
      name,
      newPage: async () => fromPlaywright(await s.context.newPage()),
      openExtensionPage: async (path) => fromPlaywright(await s.openExtensionPage(path)),
      close: () => s.close(),
    };
  }
  const s = await launchFirefox(server);
  return {
    name,
    newPage: async () => fromPuppeteer(await s.browser.newPage()),
    openExtensionPage: async (path) => fromPuppeteer(await s.openExtensionPage(path)),
    close: () => s.close(),
  };
}

/** Polls `check` in the page until it returns a truthy value (which is returned), or fails after `timeoutMs`. */
export async function waitUntil<T, A = undefined>(page: PageUnderTest, check: (arg: A) => T, arg?: A, timeoutMs = READY_TIMEOUT_MS, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      last = await page.evaluate(check as (a: unknown) => T, arg as unknown);
      if (last) return last as T;
    } catch (e) {
      last = e;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`Timed out waiting for ${what} (last: ${String(last)})`);
}

export interface HostState {
  state: string | null;
  mentions: number;
  quotes: number;
  highlights: Array<{ name: string; text: string }>;
  timing: { firstScanMs: number; slices: number; steps: number; longestSliceMs: number; busyMs: number; mentionRequests: number; painted: number } | null;
  error: string | null;
}

/** Runs in the page: Verbatim's test hooks on its host element (null when Verbatim is not on the page). */
export function readHost(): HostState | null {
  const host = document.querySelector('verbatim-ui:not([data-verbatim-standalone])');
  if (!host) return null;
  return {
    state: host.getAttribute('data-verbatim-state'),
    mentions: Number(host.getAttribute('data-verbatim-mentions') ?? 0),
    quotes: Number(host.getAttribute('data-verbatim-quotes') ?? 0),
    highlights: JSON.parse(host.getAttribute('data-verbatim-highlights') ?? '[]') as HostState['highlights'],
    timing: JSON.parse(host.getAttribute('data-verbatim-timing') ?? 'null') as HostState['timing'],
    error: host.getAttribute('data-verbatim-error'),
  };
}

/** Waits until Verbatim has scanned and checked the page, and returns its state. */
export async function waitForVerbatim(page: PageUnderTest, timeoutMs = READY_TIMEOUT_MS): Promise<HostState> {
  const state = await waitUntil(page, () => {
    const host = document.querySelector('verbatim-ui:not([data-verbatim-standalone])');
    if (!host || host.getAttribute('data-verbatim-state') !== 'ready' || !host.hasAttribute('data-verbatim-quotes')) return null;
    return {
      state: host.getAttribute('data-verbatim-state'),
      mentions: Number(host.getAttribute('data-verbatim-mentions') ?? 0),
      quotes: Number(host.getAttribute('data-verbatim-quotes') ?? 0),
      highlights: JSON.parse(host.getAttribute('data-verbatim-highlights') ?? '[]') as unknown,
      timing: JSON.parse(host.getAttribute('data-verbatim-timing') ?? 'null') as unknown,
      error: host.getAttribute('data-verbatim-error'),
    } as HostState;
  }, undefined, timeoutMs, 'Verbatim to finish scanning');
  return state as HostState;
}

/** Runs in the page: the client rectangle of the first occurrence of `word` in the page's text, or null. */
export function wordRect(word: string): { x: number; y: number; width: number; height: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(word);
    if (at < 0) continue;
    const parent = (n as Text).parentElement;
    if (parent?.closest('script,style,textarea,select')) continue;
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + word.length);
    const rect = r.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  }
  return null;
}

/** Runs in the page: text of Verbatim's popover (open shadow root in the e2e build), or null when closed. */
export function popoverInfo(): { text: string; statementIds: string[]; termId: string | null; verdict: string | null; focusedInside: boolean } | null {
  const root = document.querySelector('verbatim-ui')?.shadowRoot;
  const pop = root?.querySelector('[data-testid="verbatim-popover"]');
  if (!root || !pop) return null;
  return {
    text: pop.textContent ?? '',
    statementIds: Array.from(pop.querySelectorAll('[data-statement-id]')).flatMap((e) => (e.getAttribute('data-statement-id') ?? '').split(' ').filter(Boolean)),
    termId: pop.querySelector('[data-term-id]')?.getAttribute('data-term-id') ?? null,
    verdict: pop.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null,
    focusedInside: !!root.activeElement && pop.contains(root.activeElement),
  };
}

/** The favicon request of fixture pages is the server's 404, not an error of Verbatim or of the page. */
export const pageErrors = (page: PageUnderTest) => page.errors.filter((e) => !/Failed to load resource|favicon/i.test(e));

/** Runs in an extension page: the id of the tab whose stored results are for `url`. */
export async function tabFor(url: string): Promise<number | null> {
  type Api = { tabs: { query(q: object): Promise<Array<{ id?: number }>> }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome)!;
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined) continue;
    const reply = (await api.runtime.sendMessage({ verbatim: 1, type: 'tab:results', payload: { tabId: tab.id } })) as { ok: boolean; value: { url: string } | null };
    if (reply.ok && reply.value?.url === url) return tab.id;
  }
  return null;
}
