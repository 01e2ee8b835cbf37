/**
 * Part 1, page scan and highlight, in headless Chromium (playwright-core) and Firefox ESR (puppeteer-core over
 * WebDriver BiDi), on the three generated pages (fixtures.ts).
 *
 * Contenders, each on a freshly loaded copy of the page, interleaved in the same browser run:
 *   - Verbatim: the content script's own scanning code bundled with esbuild (page-scan.entry.ts), every kind
 *     of term on (all entity aliases + topic terms), drawn with the CSS Custom Highlight API, in 8 ms slices;
 *   - mark.js `markRegExp`: one combined, case-insensitive regular expression of every term (longest first,
 *     whole words, plus each term's accent-free spelling so "Erdoğan" and "Erdogan" both match, as Verbatim
 *     does) — mark.js's fastest mode;
 *   - mark.js `mark(array)`: the same terms as an array (`separateWordSearch: false`, `accuracy: 'exactly'`,
 *     `diacritics: true`), its plain mode;
 *   - the floor: a lower bound, not a highlighter (see `floorHarness`); mark.js ÷ floor is the best ratio any
 *     highlighter that paints could reach.
 * Figures per run (medians over runs are reported; "longest" figures are the worst run):
 *   - first: start → the first highlights can be painted (Verbatim: end of the first slice that made one;
 *     mark.js: the end of its one synchronous call, as nothing paints before it returns);
 *   - script: JavaScript time measured by the code itself (Verbatim: term index + set-up + every slice;
 *     mark.js: building the regex + the call);
 *   - main thread (Chromium): every main-thread task from start to two frames after the end (CDP
 *     Performance.getMetrics TaskDuration): script, style, layout and paint — the Highlight API's painting and
 *     mark.js's re-layout after inserting <mark> elements are both counted. The headline figure.
 *   - done: start → last slice finished (wall clock);
 *   - longest sync: the longest synchronous stretch of our/its code (both browsers; Firefox has no long-task
 *     API, so this is its figure); long task and long frame (Chromium): the longest 'longtask' and
 *     'long-animation-frame' entries (PerformanceObserver, reported only from 50 ms).
 *   - scroll frame (Chromium): after the scan, the page is scrolled 300 px a frame for SCROLL_FRAMES frames;
 *     main-thread time (TaskDuration) per frame. What a reader feels while reading on: the floor registers one
 *     screen of highlights and never changes them, so its figure is the page's own cost of a scroll frame.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser as PwBrowser } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser } from 'puppeteer-core';
import type { PageTerms } from '../../utils/highlight/page-terms';
import type { FixtureServer } from '../e2e/support/server';
import { BROWSER_BINARIES } from '../e2e/support/paths';
import type { BenchPage } from './fixtures';
import { median } from './stats';

const ROOT = join(import.meta.dirname, '..', '..');

export type Contender = 'verbatim' | 'markRegExp' | 'markArray' | 'floor';
export const CONTENDERS: readonly Contender[] = ['verbatim', 'markRegExp', 'markArray', 'floor'];

export interface Sample {
  firstMs: number;
  doneMs: number;
  busyMs: number;
  longestMs: number;
  /** Chromium only: the longest reported long task (≥ 50 ms), 0 when none was reported. */
  longTaskMs: number | null;
  /** Chromium only: the longest long animation frame (script + style + layout + paint of one frame, ≥ 50 ms), 0 when none. */
  longFrameMs: number | null;
  /**
   * Chromium only: all main-thread task time from start to two frames after the end (CDP
   * Performance.getMetrics TaskDuration): script, style, layout and paint, so the Highlight API's painting
   * and mark.js's re-layout are both counted.
   */
  mainThreadMs: number | null;
  /** Chromium only: main-thread time per frame while the page is scrolled after the scan. */
  scrollFrameMs: number | null;
  highlights: number;
  /** Verbatim: ranges registered at the end (those within a screen of the viewport; the rest as the reader scrolls). */
  painted?: number;
  /** Verbatim: time the background's stand-in (a worker) spent finding terms, off the page's main thread. */
  workerMs?: number;
}

export interface Cell extends Sample {
  browser: 'chromium' | 'firefox';
  page: BenchPage['name'];
  contender: Contender;
  runs: number;
  /** Why the cell was not measured, when it was not. */
  skipped?: string;
}

/** Runs per page size: enough for a median, within the 5-minute budget on a 2-core machine. */
export const RUNS: Record<BenchPage['name'], number> = { '10k': 5, '100k': 5, '2mb': 3 };
/**
 * mark(array) walks the whole page once per term (~800 terms, each a diacritics-expanded regex): measured at
 * 3–4 s on the 10 KB page and 18–25 s on the 100 KB page in Chromium, 40–400 times Verbatim, so one run says
 * enough; none on 2 MB (linear growth means ~8 minutes for one run, beyond the bench's 5-minute budget).
 */
const MARK_ARRAY_RUNS: Record<BenchPage['name'], number> = { '10k': 1, '100k': 1, '2mb': 0 };

/** PageSession's cap on highlighted mentions (`export const MAX_MENTIONS = 25_000`), so the bench scans like it. */
export function maxMentions(): number {
  const source = readFileSync(join(ROOT, 'entrypoints', 'content', 'page-session.ts'), 'utf8');
  const m = /export const MAX_MENTIONS\s*=\s*([\d_]+)/.exec(source);
  return m ? Number(m[1]!.replace(/_/g, '')) : Number.POSITIVE_INFINITY;
}

/** esbuild options shared by the page bundle and the worker bundle. */
function bundleOptions(entry: string, define: Record<string, string>): import('esbuild').BuildOptions & { write: false } {
  return {
    define,
    entryPoints: [join(import.meta.dirname, entry)],
    bundle: true,
    format: 'iife',
    minify: process.env.BENCH_MINIFY !== '0',
    write: false,
    target: 'es2022',
    logLevel: 'warning',
    absWorkingDir: ROOT,
    // The content script's modules import each other through WXT's `@/` alias.
    plugins: [
      {
        name: 'wxt-alias',
        setup(b) {
          b.onResolve({ filter: /^@\// }, async (args) => b.resolve(`./${args.path.slice(2)}`, { resolveDir: ROOT, kind: args.kind }));
        },
      },
    ],
  };
}

/** The page bundle (content-script code) with the worker bundle (the background's term finding) inside it. */
export async function bundleScanner(): Promise<{ page: string; worker: string }> {
  const worker = (await build(bundleOptions('page-scan.worker.ts', {}))).outputFiles[0]!.text;
  const page = (await build(bundleOptions('page-scan.entry.ts', { __MAX_MENTIONS__: String(maxMentions()), __WORKER_SOURCE__: JSON.stringify(worker) }))).outputFiles[0]!.text;
  return { page, worker };
}

/**
 * Verbatim's highlight rules, put in place at document start, as the manifest's `content_scripts.css` does in
 * the extension (run in the page before its own content: a stylesheet added to an already laid-out page costs
 * a full style recalculation, which the extension never pays).
 */
export function highlightRulesInit(): string {
  const css = readFileSync(join(ROOT, 'entrypoints', 'content', 'highlights.css'), 'utf8');
  return `(() => { const s = new CSSStyleSheet(); s.replaceSync(${JSON.stringify(css)}); document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; })();`;
}

/** Every alias and topic term, as Verbatim highlights them with every kind turned on. */
export function allTerms(): string[] {
  const terms = JSON.parse(readFileSync(join(ROOT, 'generated', 'page-terms.json'), 'utf8')) as PageTerms;
  const all = [...terms.entities.flatMap((e) => e.aliases), ...terms.topics.flatMap((t) => t.terms)];
  return [...new Set(all.map((t) => t.trim()).filter(Boolean))];
}

/** The mark.js side, injected as a script: defines `window.__markScan(mode, terms)`. */
const MARK_HARNESS = `
window.__markScan = function (mode, terms) {
  return new Promise(function (resolve) {
    var t0 = performance.now();
    var instance = new Mark(document.body);
    var done = function (count) {
      var ms = performance.now() - t0;
      resolve({ firstMs: ms, doneMs: ms, busyMs: ms, longestMs: ms, highlights: count });
    };
    if (mode === 'markRegExp') {
      var esc = function (s) { return s.replace(/[.*+?^$\\{\\}()|[\\]\\\\]/g, '\\\\$&'); };
      var variants = new Set();
      terms.forEach(function (t) { variants.add(t); variants.add(t.normalize('NFD').replace(/\\p{M}+/gu, '')); });
      var alts = Array.from(variants).sort(function (a, b) { return b.length - a.length; }).map(esc).join('|');
      var re = new RegExp('(?<![\\\\p{L}\\\\p{N}])(?:' + alts + ')(?![\\\\p{L}\\\\p{N}])', 'giu');
      instance.markRegExp(re, { done: done });
    } else {
      instance.mark(terms, { separateWordSearch: false, diacritics: true, caseSensitive: false,
        accuracy: { value: 'exactly', limiters: [',', '.', ':', ';', '!', '?', "'", '’', '"', '“', '”', '(', ')', '-', '–', '—'] }, done: done });
    }
  });
};
`;

/**
 * The floor: not a highlighter, a lower bound on what any highlighter that paints must cost the page. It does
 * strictly less than a working one: one `textContent` read (no walk, no skipped elements, words glued across
 * element boundaries), one message to the same worker, and ranges registered for about a screen of text from the
 * first text on screen (what the reader sees must be painted); nothing is kept for the rest of the page. What is
 * left is reading the text, one round trip and the frame that paints the highlights. mark.js ÷ floor is the
 * highest ratio any highlighter could reach on the same page in the same run. Defines `window.__floorScan()`.
 */
export function floorHarness(workerSource: string): string {
  return `(() => {
  var worker = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(workerSource)}], { type: 'text/javascript' })));
  var waiting = null;
  worker.onmessage = function (e) { var w = waiting; waiting = null; w(e.data.answer); };
  var find = function (text) { return new Promise(function (ok) { waiting = ok; worker.postMessage({ id: 0, text: text, ends: [text.length], kinds: ['person', 'country', 'organisation', 'agreement', 'topic'] }); }); };
  var ready = find('warm-up');
  window.__floorScan = function () {
    return ready.then(function () {
      var t0 = performance.now();
      var body = document.body;
      var text = body.textContent;
      var t1 = performance.now();
      return find(text).then(function (answer) {
        var t2 = performance.now();
        var node = document.caretRangeFromPoint ? document.caretRangeFromPoint(400, 120).startContainer : document.caretPositionFromPoint(400, 120).offsetNode;
        var before = document.createRange();
        before.setStart(body, 0);
        before.setEnd(node, 0);
        var off = before.toString().length;
        var hits = answer.hits, lo = 0, hi = hits.length / 4;
        while (lo < hi) { var mid = (lo + hi) >> 1; if (hits[mid * 4 + 1] < off) lo = mid + 1; else hi = mid; }
        var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        walker.currentNode = node;
        var byName = new Map(), painted = 0, limit = off + 4000, h = lo;
        while (node && off < limit) {
          var len = node.length;
          for (; h * 4 < hits.length && hits[h * 4 + 1] < off + len; h++) {
            if (hits[h * 4 + 2] - off > len) continue;
            var range = new Range();
            range.setStart(node, hits[h * 4 + 1] - off);
            range.setEnd(node, hits[h * 4 + 2] - off);
            var name = 'verbatim-' + answer.kinds[hits[h * 4 + 3]];
            var hl = byName.get(name);
            if (!hl) byName.set(name, (hl = new Highlight()));
            hl.add(range);
            painted++;
          }
          off += len;
          node = walker.nextNode();
        }
        byName.forEach(function (hl, name) { CSS.highlights.set(name, hl); });
        var t3 = performance.now();
        var script = t1 - t0 + (t3 - t2);
        return { firstMs: t3 - t0, doneMs: t3 - t0, busyMs: script, longestMs: Math.max(t1 - t0, t3 - t2), highlights: hits.length / 4, painted: painted };
      });
    });
  };
})();`;
}

/** Installed before a run in Chromium: collects long tasks and long animation frames. */
const LONGTASK_OBSERVER = `
window.__longTasks = [];
window.__longFrames = [];
try { new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { window.__longTasks.push({ start: e.startTime, ms: e.duration }); }); })
  .observe({ type: 'longtask', buffered: true }); } catch (e) { window.__longTasks = null; }
try { new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { window.__longFrames.push({ start: e.startTime, ms: e.duration }); }); })
  .observe({ type: 'long-animation-frame', buffered: true }); } catch (e) { window.__longFrames = null; }
`;

interface Driver {
  name: 'chromium' | 'firefox';
  /**
   * Loads `url` in a fresh tab (running `init` at document start, before the page's own content), injects
   * `scripts`, runs `run` (an expression returning a promise), closes the tab.
   */
  measure(url: string, init: string | null, scripts: string[], run: string): Promise<Sample>;
  close(): Promise<void>;
}

/** Frames scrolled (300 px each) after the scan, for the scroll-frame figure. */
export const SCROLL_FRAMES = 40;
const SCROLL = `(async () => { for (let i = 0; i < ${SCROLL_FRAMES}; i++) { window.scrollBy(0, 300); await new Promise((ok) => requestAnimationFrame(ok)); } await new Promise((ok) => setTimeout(ok, 60)); })()`;

const RUN_AND_COLLECT = (call: string) => `(async () => {
  const t0 = performance.now();
  const r = await ${call};
  // Long-task entries arrive asynchronously: give the observer two frames and a moment.
  await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 60))));
  const longest = (list) => list ? list.filter((e) => e.start + e.ms >= t0).reduce((m, e) => Math.max(m, e.ms), 0) : null;
  return { ...r, longTaskMs: longest(window.__longTasks), longFrameMs: longest(window.__longFrames) };
})()`;

async function chromiumDriver(): Promise<Driver> {
  const browser: PwBrowser = await chromium.launch({
    executablePath: BROWSER_BINARIES.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return {
    name: 'chromium',
    async measure(url, init, scripts, run) {
      const page = await context.newPage();
      try {
        if (init) await page.addInitScript(init);
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        await page.addScriptTag({ content: LONGTASK_OBSERVER });
        for (const s of scripts) await page.addScriptTag({ content: s });
        // Let the page settle (load-time tasks must not be counted as ours).
        await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
        const before = await taskSeconds();
        const sample = (await page.evaluate(RUN_AND_COLLECT(run))) as Sample;
        const after = await taskSeconds();
        await page.evaluate(SCROLL);
        const scrolled = await taskSeconds();
        await cdp.detach();
        return { ...sample, mainThreadMs: (after - before) * 1000, scrollFrameMs: ((scrolled - after) * 1000) / SCROLL_FRAMES };
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

async function firefoxDriver(): Promise<Driver> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath: BROWSER_BINARIES.firefox,
    defaultViewport: { width: 1280, height: 800 },
  });
  return {
    name: 'firefox',
    async measure(url, init, scripts, run) {
      const page = await browser.newPage();
      try {
        if (init) await page.evaluateOnNewDocument(init);
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        for (const s of scripts) await page.addScriptTag({ content: s });
        await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
        // Firefox has no 'longtask' entries: the harness' own longest synchronous stretch is the figure.
        const sample = (await page.evaluate(RUN_AND_COLLECT(run))) as Sample;
        return { ...sample, longTaskMs: null, longFrameMs: null, mainThreadMs: null, scrollFrameMs: null };
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

export interface HighlightOptions {
  browsers?: Array<'chromium' | 'firefox'>;
  contenders?: readonly Contender[];
  log?: (line: string) => void;
}

export async function runHighlight(server: FixtureServer, pages: BenchPage[], options: HighlightOptions = {}): Promise<{ cells: Cell[]; terms: number; maxMentions: number; bundleBytes: number; workerBytes: number; problems: string[] }> {
  const log = options.log ?? (() => undefined);
  const scanner = await bundleScanner();
  const rules = highlightRulesInit();
  const markJs = readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');
  const terms = allTerms();
  const floor = floorHarness(scanner.worker);
  for (const p of pages) server.addPage(p.path, p.html);
  const cells: Cell[] = [];
  const problems: string[] = [];
  for (const name of options.browsers ?? ['chromium', 'firefox']) {
    let driver: Driver;
    try {
      driver = name === 'chromium' ? await chromiumDriver() : await firefoxDriver();
    } catch (error) {
      problems.push(`${name}: could not launch (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    try {
      for (const page of pages) {
        const samples: Record<Contender, Sample[]> = { verbatim: [], markRegExp: [], markArray: [], floor: [] };
        const failed: Partial<Record<Contender, string>> = {};
        const runs = RUNS[page.name];
        // Interleaved (V, R, A, V, R, A, …) so drift in the machine's load hits every contender alike.
        for (let r = 0; r < runs; r++) {
          for (const contender of options.contenders ?? CONTENDERS) {
            if (contender === 'markArray' && r >= MARK_ARRAY_RUNS[page.name]) continue;
            // A contender that failed once fails the same way again (mark(array) in Firefox: "too much recursion").
            if (failed[contender]) continue;
            const url = server.url(page.path);
            try {
              const sample =
                contender === 'verbatim'
                  ? await driver.measure(url, rules, [scanner.page], 'window.__verbatimScan()')
                  : contender === 'floor'
                    ? await driver.measure(url, rules, [floor], 'window.__floorScan()')
                    : await driver.measure(url, null, [markJs, MARK_HARNESS], `window.__markScan(${JSON.stringify(contender)}, ${JSON.stringify(terms)})`);
              samples[contender].push(sample);
            } catch (error) {
              failed[contender] = (error as Error).message.split('\n')[0]!.slice(0, 80);
              problems.push(`${name} ${page.name} ${contender}: ${failed[contender]}`);
            }
          }
        }
        for (const contender of options.contenders ?? CONTENDERS) {
          const s = samples[contender];
          const pick = (f: (x: Sample) => number) => median(s.map(f));
          const lt = s.map((x) => x.longTaskMs).filter((x): x is number => x !== null);
          const lf = s.map((x) => x.longFrameMs).filter((x): x is number => x !== null);
          const mt = s.map((x) => x.mainThreadMs).filter((x): x is number => x !== null);
          const sf = s.map((x) => x.scrollFrameMs).filter((x): x is number => x !== null);
          cells.push({
            browser: name,
            page: page.name,
            contender,
            runs: s.length,
            firstMs: pick((x) => x.firstMs),
            doneMs: pick((x) => x.doneMs),
            busyMs: pick((x) => x.busyMs),
            // The worst run, not the median: "no task over 50 ms" is a promise about every run.
            longestMs: s.length ? Math.max(...s.map((x) => x.longestMs)) : Number.NaN,
            longTaskMs: lt.length ? Math.max(...lt) : null,
            longFrameMs: lf.length ? Math.max(...lf) : null,
            mainThreadMs: mt.length ? median(mt) : null,
            scrollFrameMs: sf.length ? median(sf) : null,
            highlights: pick((x) => x.highlights),
            ...(contender === 'floor' && s.length ? { painted: pick((x) => x.painted ?? Number.NaN) } : {}),
            ...(contender === 'verbatim' && s.length ? { painted: pick((x) => x.painted ?? Number.NaN), workerMs: pick((x) => x.workerMs ?? Number.NaN) } : {}),
            ...(s.length ? {} : { skipped: contender === 'markArray' && !MARK_ARRAY_RUNS[page.name] ? 'not run: ~8 min per run' : `failed: ${failed[contender] ?? '?'}` }),
          });
          log(`  ${name} ${page.name} ${contender}: ${s.length} runs, busy ${median(s.map((x) => x.busyMs)).toFixed(1)} ms`);
        }
      }
    } finally {
      await driver.close().catch(() => undefined);
    }
  }
  return { cells, terms: terms.length, maxMentions: maxMentions(), bundleBytes: Buffer.byteLength(scanner.page) - Buffer.byteLength(JSON.stringify(scanner.worker)), workerBytes: Buffer.byteLength(scanner.worker), problems };
}
