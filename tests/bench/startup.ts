/**
 * Part 4, start-up.
 *   - Seeding: the compiled corpus written into a fresh IndexedDB by the project's `seedCorpus` (utils/db).
 *     In Node on fake-indexeddb (an in-memory IndexedDB: measures Dexie and the seeding code, not a browser's
 *     disk), and in the real built extension in Chromium: each launch is a fresh profile, so the background
 *     seeds on install, and the `seed.ms` it reports in `corpus:status` is read from an extension page.
 *   - Popup: popup.html opened in a tab of the same Chromium (400×600, the popup's size); from navigation
 *     start to the search box, and from typing a query (one input event, as a paste would be) to the first
 *     result in the DOM; then reopened with that query remembered: navigation start → first result.
 *   - Content-script injection cost: a page with nothing to highlight (fixtures.ts `quietPage`) loaded with
 *     and without the extension; the difference in the renderer's main-thread script time and task time
 *     (CDP Performance.getMetrics) is what Verbatim costs such a page.
 * Chromium only: Firefox over BiDi cannot read its extension pages' timing the same way (see README "Benchmark").
 */
import 'fake-indexeddb/auto';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { VerbatimDatabase, seedCorpus } from '../../utils/db';
import { loadCompiled } from '../eval/evaluate';
import { BROWSER_BINARIES } from '../e2e/support/paths';
import type { FixtureServer } from '../e2e/support/server';
import { quietPage } from './fixtures';
import { median } from './stats';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
/** The query typed into the popup: a word with a typo, one of the examples. */
export const POPUP_QUERY = 'akuyu';

export interface StartupResult {
  nodeSeedMs: number;
  nodeSeedRuns: number;
  extension: string | null;
  extensionBuiltAt: string | null;
  browserSeedMs: number | null;
  browserSeedRuns: number;
  popupInputMs: number | null;
  popupResultsMs: number | null;
  popupOpenToResultsMs: number | null;
  /** Reopened with the last query remembered: navigation start → first result. */
  popupReopenedMs: number | null;
  popupRuns: number;
  injectScriptMs: number | null;
  injectTaskMs: number | null;
  injectRuns: number;
  problems: string[];
}

export async function nodeSeed(runs = 5): Promise<number[]> {
  const { corpus } = loadCompiled();
  const out: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    const db = new VerbatimDatabase(`verbatim-bench-${r}-${Date.now()}`);
    const result = await seedCorpus(db, corpus);
    if (r > 0) out.push(result.ms); // the first run warms Dexie and the JIT
    db.close();
    await db.delete();
  }
  return out;
}

/** The store build if present, else the e2e build (both load unpacked in Chromium). */
export function extensionDir(): string | null {
  for (const dir of ['.output/chrome-mv3', '.output-e2e/chrome-mv3-e2e']) if (existsSync(join(ROOT, dir, 'manifest.json'))) return join(ROOT, dir);
  return null;
}

async function metrics(page: Page, context: BrowserContext): Promise<() => Promise<{ script: number; task: number }>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const m = (await cdp.send('Performance.getMetrics')).metrics;
    const get = (name: string) => (m.find((x) => x.name === name)?.value ?? Number.NaN) * 1000;
    return { script: get('ScriptDuration'), task: get('TaskDuration') };
  };
}

/** Loads the quiet page `runs` times; main-thread script and task time from navigation to 1.5 s after load. */
async function quietLoads(context: BrowserContext, url: string, runs: number): Promise<{ script: number[]; task: number[] }> {
  const script: number[] = [];
  const task: number[] = [];
  for (let r = 0; r < runs; r++) {
    const page = await context.newPage();
    const read = await metrics(page, context);
    const before = await read();
    await page.goto(url, { waitUntil: 'load' });
    // document_idle content scripts run after load; the session then scans in slices. 1.5 s covers it.
    await page.waitForTimeout(1500);
    const after = await read();
    script.push(after.script - before.script);
    task.push(after.task - before.task);
    await page.close();
  }
  return { script, task };
}

export async function runStartup(server: FixtureServer, options: { launches?: number; popupRuns?: number; injectRuns?: number } = {}): Promise<StartupResult> {
  const launches = options.launches ?? 3;
  const popupRuns = options.popupRuns ?? 3;
  const injectRuns = options.injectRuns ?? 5;
  const problems: string[] = [];
  const nodeRuns = await nodeSeed(5);
  const ext = extensionDir();
  const quiet = quietPage();
  server.addPage(quiet.path, quiet.html);
  const result: StartupResult = {
    nodeSeedMs: median(nodeRuns),
    nodeSeedRuns: nodeRuns.length,
    extension: ext ? ext.slice(ROOT.length + 1) : null,
    extensionBuiltAt: ext ? statSync(join(ext, 'manifest.json')).mtime.toISOString() : null,
    browserSeedMs: null,
    browserSeedRuns: 0,
    popupInputMs: null,
    popupResultsMs: null,
    popupOpenToResultsMs: null,
    popupReopenedMs: null,
    popupRuns: 0,
    injectScriptMs: null,
    injectTaskMs: null,
    injectRuns: 0,
    problems,
  };
  if (!ext) {
    problems.push('no built extension in .output/chrome-mv3 (run `npm run build`): seeding, popup and injection not measured in the browser');
    return result;
  }
  if (!existsSync(join(ext, 'content-scripts'))) problems.push(`${result.extension} has no content script yet: injection cost is of an extension without one`);

  const seeds: number[] = [];
  const inputs: number[] = [];
  const results: number[] = [];
  const totals: number[] = [];
  const reopened: number[] = [];
  const withExt = { script: [] as number[], task: [] as number[] };
  for (let launch = 0; launch < launches; launch++) {
    const profile = await mkdtemp(join(tmpdir(), 'verbatim-bench-'));
    let context: BrowserContext | undefined;
    try {
      context = await chromium.launchPersistentContext(profile, {
        executablePath: BROWSER_BINARIES.chromium,
        headless: true,
        viewport: { width: 400, height: 600 },
        args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_ARGS],
      });
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
      const base = `chrome-extension://${new URL(worker.url()).host}/`;
      // Records, from navigation start, when the search box and the first result appear (runs before the popup's code).
      await context.addInitScript(() => {
        const w = window as unknown as { __bench: Record<string, number> };
        w.__bench = {};
        new MutationObserver(() => {
          if (!w.__bench.input && document.querySelector('[data-testid="search-input"]')) w.__bench.input = performance.now();
          const result = document.querySelector('[data-testid="search-result"]');
          if (result && !w.__bench.firstResult) w.__bench.firstResult = performance.now();
          if (w.__bench.typed && !w.__bench.result && result) w.__bench.result = performance.now();
        }).observe(document, { childList: true, subtree: true });
      });
      let popupBroken = false;
      for (let r = 0; r < popupRuns; r++) {
        const page = await context.newPage();
        await page.goto(`${base}popup.html`);
        if (r === 0 && launch === 0) {
          // Seeding happened on install; the background reports how long it took.
          const status = (await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ verbatim: 1, type: 'corpus:status' }))) as {
            ok: boolean;
            value?: { seed: { ms: number; reason: string } | null };
            error?: string;
          };
          if (status.ok && status.value?.seed) seeds.push(status.value.seed.ms);
          else problems.push(`corpus:status gave no seed time (${status.error ?? JSON.stringify(status.value?.seed ?? null)})`);
        } else if (r === 0) {
          const status = (await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ verbatim: 1, type: 'corpus:status' }))) as {
            ok: boolean;
            value?: { seed: { ms: number } | null };
          };
          if (status.ok && status.value?.seed) seeds.push(status.value.seed.ms);
        }
        if (popupBroken) {
          await page.close();
          continue;
        }
        try {
          await page.waitForSelector('[data-testid="search-input"]', { timeout: 10_000 });
          await page.evaluate((query) => {
            const w = window as unknown as { __bench: Record<string, number> };
            const input = document.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
            w.__bench.typed = performance.now();
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }, POPUP_QUERY);
          await page.waitForSelector('[data-testid="search-result"]', { timeout: 10_000 });
          await page.waitForFunction(() => (window as unknown as { __bench: Record<string, number> }).__bench.result, undefined, { timeout: 5_000 });
          const b = await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench);
          inputs.push(b.input!);
          results.push(b.result! - b.typed!);
          totals.push(b.input! + (b.result! - b.typed!));
          // The popup remembers the last query (localStorage); forget it so the next opening starts empty,
          // except after the last run: the remembered openings below start from it.
          if (r < popupRuns - 1) await page.evaluate(() => localStorage.clear());
        } catch (error) {
          // A popup without the search box (an old build) fails the same way every time.
          popupBroken = true;
          problems.push(`popup: ${(error as Error).message.split('\n')[0]}`);
        }
        await page.close();
      }
      // Reopening with the last query remembered: from navigation start to its first result on screen.
      for (let r = 0; r < popupRuns && !popupBroken; r++) {
        const page = await context.newPage();
        try {
          await page.goto(`${base}popup.html`);
          await page.waitForFunction(() => (window as unknown as { __bench: Record<string, number> }).__bench.firstResult, undefined, { timeout: 10_000 });
          reopened.push(await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench.firstResult!));
        } catch (error) {
          popupBroken = true;
          problems.push(`popup reopened: ${(error as Error).message.split('\n')[0]}`);
        }
        await page.close();
      }
      if (launch === 0) {
        const loads = await quietLoads(context, server.url(quiet.path), injectRuns);
        withExt.script.push(...loads.script);
        withExt.task.push(...loads.task);
      }
    } catch (error) {
      problems.push(`chromium with ${result.extension}: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      await context?.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    }
  }
  // The same page in the same browser without the extension.
  let plain: { script: number[]; task: number[] } | null = null;
  try {
    const browser = await chromium.launch({ executablePath: BROWSER_BINARIES.chromium, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 400, height: 600 } });
    plain = await quietLoads(context, server.url(quiet.path), injectRuns);
    await browser.close();
  } catch (error) {
    problems.push(`plain chromium: ${(error as Error).message.split('\n')[0]}`);
  }
  result.browserSeedMs = seeds.length ? median(seeds) : null;
  result.browserSeedRuns = seeds.length;
  result.popupRuns = results.length;
  if (results.length) {
    result.popupInputMs = median(inputs);
    result.popupResultsMs = median(results);
    result.popupOpenToResultsMs = median(totals);
  }
  result.popupReopenedMs = reopened.length ? median(reopened) : null;
  if (plain && withExt.script.length) {
    result.injectScriptMs = median(withExt.script) - median(plain.script);
    result.injectTaskMs = median(withExt.task) - median(plain.task);
    result.injectRuns = withExt.script.length;
  }
  return result;
}
