/**
 * `npm run bench`: Verbatim against its peers, side by side, in one run (issue 7). Prints readable tables and,
 * as the very last line, one JSON object (ratios are peer ÷ Verbatim: higher is better for Verbatim).
 *
 * Parts: 1 page scan and highlight (Chromium + Firefox, highlight.ts), 2 quote check (quote-check.ts),
 * 3 popup search (search.ts), 4 start-up (startup.ts), 5 size (size.ts). See README "Benchmark".
 *
 * Flags: `--only=highlight,quote,search,startup,size` runs some parts; `--browsers=chromium` limits part 1;
 * `--quick` trims runs (for trying the bench out, not for figures).
 * Needs `npm run build` (the store build in .output/) and the Debian browsers; never part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { startServer } from '../e2e/support/server';
import { BROWSER_BINARIES } from '../e2e/support/paths';
import { makePages } from './fixtures';
import { runHighlight, RUNS, type Cell, type Contender } from './highlight';
import { runQuoteCheck, type QuoteCheckResult } from './quote-check';
import { runSearch, type SearchResult } from './search';
import { runStartup, POPUP_QUERY, type StartupResult } from './startup';
import { runSize, type SizeResult } from './size';
import { fmtBytes, fmtMs, ratio, round } from './stats';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = new Set((flag('only') ?? 'highlight,quote,search,startup,size').split(','));
const quick = args.includes('--quick');
const browsers = (flag('browsers') ?? 'chromium,firefox').split(',') as Array<'chromium' | 'firefox'>;

const started = performance.now();
const log = (line: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${line}\n`);
const partSeconds: string[] = [];
const timed = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
  const t = performance.now();
  log(`${name}…`);
  const out = await run();
  partSeconds.push(`${name} ${((performance.now() - t) / 1000).toFixed(0)} s`);
  return out;
};

function table(title: string, head: string[], rows: Array<Array<string | number>>): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

function version(bin: string): string {
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
  } catch {
    return `${bin}: not found`;
  }
}

const LABEL: Record<Contender, string> = { verbatim: 'Verbatim', markRegExp: 'mark.js markRegExp', markArray: 'mark.js mark(array)', floor: 'floor (a lower bound)' };

async function main(): Promise<void> {
  const load0 = loadavg()[0]!;
  console.log(`Verbatim benchmark — ${new Date().toISOString()}`);
  console.log(`Node ${process.version}, ${cpus().length} CPUs, load average ${load0.toFixed(1)} at start; ${version(BROWSER_BINARIES.chromium)}; ${version(BROWSER_BINARIES.firefox)}`);
  if (load0 > cpus().length) console.log(`Note: the machine was already busy (load ${load0.toFixed(1)} on ${cpus().length} CPUs): timings are inflated and noisier.`);
  const problems: string[] = [];

  // ---- 5. size (first: instant, and says which build the browser parts use)
  let size: SizeResult | null = null;
  if (only.has('size')) {
    size = runSize();
    table(
      `5. Size — store build in .output/, built ${size.builtAt ?? 'never (run npm run build)'}`,
      ['file', 'bytes', 'gzip', 'note'],
      size.rows.map((r) => [r.what, r.bytes === null ? '—' : `${r.bytes} (${fmtBytes(r.bytes)})`, r.gzip === null ? '' : fmtBytes(r.gzip), r.note ?? '']),
    );
  }

  // ---- 3. search (Node)
  let search: SearchResult | null = null;
  if (only.has('search')) {
    search = await timed('search', () => runSearch(quick ? 2 : 5));
    table(
      `3. Popup search — ms per keystroke, ${search.queries} queries typed letter by letter (${search.keystrokes} keystrokes), Node, median of ${search.runs} runs (each a fresh engine)`,
      ['engine', 'start-up', 'p50', 'p95', 'max'],
      search.engines.map((e) => [e.name, fmtMs(e.setupMs), fmtMs(e.p50), fmtMs(e.p95), fmtMs(e.max)]),
    );
  }

  // ---- 2. quote check (Node)
  let quote: QuoteCheckResult | null = null;
  if (only.has('quote')) {
    quote = await timed('quote check', () => runQuoteCheck(quick ? 2 : 5));
    table(
      `2. Quote check — labelled set: ${quote.quotes} quotes (${quote.inCorpus} in the transcript, ${quote.notInCorpus} not; 8 scare quotes left out), Node`,
      ['checker', 'ms per quote (mean over the set)', 'accuracy', 'set-up', 'passes'],
      [
        ['Verbatim ArticleChecker.checkQuote', fmtMs(quote.verbatimMsPerQuote), `${(quote.verbatimAccuracy * 100).toFixed(1)} %`, fmtMs(quote.verbatimSetupMs), `median of ${quote.runs}`],
        ['Verbatim, first pass (cold JIT and word caches)', fmtMs(quote.verbatimColdMsPerQuote), '', '', '1'],
        [`fuse.js best hit (not found above score ${quote.fuseThreshold.toFixed(3)}, the oracle cut-off)`, fmtMs(quote.fuseMsPerQuote), `${(quote.fuseAccuracy * 100).toFixed(1)} %`, fmtMs(quote.fuseSetupMs), '1 pass (too slow to repeat)'],
        ['ratio fuse ÷ Verbatim', String(ratio(quote.fuseMsPerQuote, quote.verbatimMsPerQuote)), '', '', ''],
      ],
    );
  }

  const server = await startServer();
  try {
    // ---- 4. start-up (Chromium with the built extension)
    let startup: StartupResult | null = null;
    if (only.has('startup')) {
      startup = await timed('start-up', () => runStartup(server, quick ? { launches: 1, popupRuns: 2, injectRuns: 2 } : {}));
      problems.push(...startup.problems.map((p) => `start-up: ${p}`));
      table(
        `4. Start-up — ${startup.extension ?? 'no build'} (built ${startup.extensionBuiltAt ?? '—'}), Chromium`,
        ['what', 'median', 'runs'],
        [
          ['seed corpus into a fresh IndexedDB, Node + fake-indexeddb (in memory)', fmtMs(startup.nodeSeedMs), startup.nodeSeedRuns],
          ['seed corpus on install, real extension (background seed.ms)', fmtMs(startup.browserSeedMs), startup.browserSeedRuns],
          ['popup: navigation → search box', fmtMs(startup.popupInputMs), startup.popupRuns],
          [`popup: query typed ("${POPUP_QUERY}") → first result`, fmtMs(startup.popupResultsMs), startup.popupRuns],
          ['popup: open → box → type → first result', fmtMs(startup.popupOpenToResultsMs), startup.popupRuns],
          ['popup reopened, last query remembered: navigation → first result', fmtMs(startup.popupReopenedMs), startup.popupRuns],
          ['page with nothing to highlight: script time added by the extension', fmtMs(startup.injectScriptMs), startup.injectRuns],
          ['page with nothing to highlight: main-thread task time added', fmtMs(startup.injectTaskMs), startup.injectRuns],
        ],
      );
    }

    // ---- 1. page scan and highlight (Chromium + Firefox)
    let cells: Cell[] = [];
    if (only.has('highlight')) {
      const pages = makePages();
      if (quick) for (const k of Object.keys(RUNS) as Array<keyof typeof RUNS>) RUNS[k] = Math.min(RUNS[k], 2);
      const h = await timed('page scan and highlight', () => runHighlight(server, pages, { browsers, log, ...(quick ? { contenders: ['verbatim', 'markRegExp', 'floor'] as Contender[] } : {}) }));
      cells = h.cells;
      problems.push(...h.problems.map((p) => `highlight: ${p}`));
      const sizes = pages.map((p) => `${p.name} = ${p.textChars.toLocaleString('en')} chars`).join(', ');
      table(
        `1. Page scan and highlight — ${h.terms} terms (every alias and topic term); pages: ${sizes}; Verbatim's scan bundle ${fmtBytes(h.bundleBytes)} (content-script code; the term finding, ${fmtBytes(h.workerBytes)}, runs in a worker standing in for the background), capped at ${h.maxMentions.toLocaleString('en')} mentions like the content script; medians (longest: worst run)`,
        ['browser / page / who', 'runs', 'first hl', 'script', 'main thread', 'done', 'longest sync', 'long task', 'long frame', 'scroll frame', 'highlights', 'painted', 'off-thread'],
        cells.map((c) => [
          `${c.browser} ${c.page} ${LABEL[c.contender]}`,
          c.skipped ? c.skipped : c.runs,
          fmtMs(c.firstMs),
          fmtMs(c.busyMs),
          fmtMs(c.mainThreadMs),
          fmtMs(c.doneMs),
          fmtMs(c.longestMs),
          c.longTaskMs === null ? '—' : c.longTaskMs === 0 ? '<50 ms' : fmtMs(c.longTaskMs),
          c.longFrameMs === null ? '—' : c.longFrameMs === 0 ? '<50 ms' : fmtMs(c.longFrameMs),
          fmtMs(c.scrollFrameMs),
          Number.isFinite(c.highlights) ? c.highlights : '—',
          c.painted !== undefined && Number.isFinite(c.painted) ? c.painted : c.contender === 'verbatim' || c.contender === 'floor' ? '—' : 'all',
          c.workerMs !== undefined && Number.isFinite(c.workerMs) ? fmtMs(c.workerMs) : '—',
        ]),
      );
      const ratios: Array<Array<string | number>> = [];
      for (const b of browsers) {
        for (const p of pages) {
          const v = cells.find((c) => c.browser === b && c.page === p.name && c.contender === 'verbatim');
          for (const peer of ['markRegExp', 'markArray'] as const) {
            const m = cells.find((c) => c.browser === b && c.page === p.name && c.contender === peer);
            if (!v || !m || !m.runs) continue;
            ratios.push([`${b} ${p.name} ${LABEL[peer]}`, ratio(m.firstMs, v.firstMs), ratio(m.busyMs, v.busyMs), v.mainThreadMs !== null && m.mainThreadMs !== null ? ratio(m.mainThreadMs, v.mainThreadMs) : '—']);
          }
        }
      }
      // The ceiling: mark.js ÷ the floor, the best ratio any highlighter that paints could reach in this run.
      for (const b of browsers) {
        for (const p of pages) {
          const f = cells.find((c) => c.browser === b && c.page === p.name && c.contender === 'floor');
          const m = cells.find((c) => c.browser === b && c.page === p.name && c.contender === 'markRegExp');
          if (!f?.runs || !m?.runs) continue;
          ratios.push([`${b} ${p.name} ${LABEL.markRegExp} ÷ floor (the ceiling)`, ratio(m.firstMs, f.firstMs), ratio(m.busyMs, f.busyMs), f.mainThreadMs !== null && m.mainThreadMs !== null ? ratio(m.mainThreadMs, f.mainThreadMs) : '—']);
        }
      }
      table('   Ratios peer ÷ Verbatim (higher = Verbatim faster); the last rows: mark.js ÷ floor, the most any highlighter could reach', ['browser / page / peer', 'first highlights', 'script', 'main thread'], ratios);
    }

    // ---- summary and the JSON line
    const v100 = cells.find((c) => c.browser === 'chromium' && c.page === '100k' && c.contender === 'verbatim');
    const m100 = cells.find((c) => c.browser === 'chromium' && c.page === '100k' && c.contender === 'markRegExp');
    const f100 = cells.find((c) => c.browser === 'chromium' && c.page === '100k' && c.contender === 'floor');
    const v2mb = cells.filter((c) => c.page === '2mb' && c.contender === 'verbatim' && c.runs);
    const longest2mb = v2mb.length ? Math.max(...v2mb.flatMap((c) => [c.longestMs, c.longTaskMs ?? 0])) : null;
    const ms = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? null : round(x));
    const verbatimSearch = search?.engines[0];
    const result = {
      highlight: {
        page: '100k',
        verbatim_ms: ms(v100?.mainThreadMs ?? v100?.busyMs),
        markjs_ms: ms(m100?.mainThreadMs ?? m100?.busyMs),
        ratio: v100 && m100 ? ratio(m100.mainThreadMs ?? m100.busyMs, v100.mainThreadMs ?? v100.busyMs) : null,
        longest_task_ms_2mb: ms(longest2mb),
        scroll_frame_ms_2mb: ms(cells.find((c) => c.browser === 'chromium' && c.page === '2mb' && c.contender === 'verbatim')?.scrollFrameMs),
      },
      quoteCheck: {
        verbatim_ms_per_quote: ms(quote?.verbatimMsPerQuote),
        fuse_ms_per_quote: ms(quote?.fuseMsPerQuote),
        ratio: quote ? ratio(quote.fuseMsPerQuote, quote.verbatimMsPerQuote) : null,
        verbatim_accuracy: quote?.verbatimAccuracy ?? null,
        fuse_accuracy: quote?.fuseAccuracy ?? null,
      },
      search: { p50_ms: ms(verbatimSearch?.p50), p95_ms: ms(verbatimSearch?.p95) },
      // The real extension's figure when it was measured, else Node's (the table says which is which).
      seed: { ms: ms(startup?.browserSeedMs ?? startup?.nodeSeedMs) },
      bundle: { content_js_bytes: size?.contentJsBytes ?? null, chrome_zip_bytes: size?.chromeZipBytes ?? null, firefox_zip_bytes: size?.firefoxZipBytes ?? null },
    };

    const targets: Array<[string, boolean | null, string]> = [
      [
        'highlight ratio ≥ 10 on 100 KB (Chromium main thread, vs markRegExp)',
        result.highlight.ratio === null ? null : result.highlight.ratio >= 10,
        `${result.highlight.ratio}${f100?.mainThreadMs && m100?.mainThreadMs ? ` (ceiling: mark.js ÷ floor = ${ratio(m100.mainThreadMs, f100.mainThreadMs)})` : ''}`,
      ],
      ['no task over 50 ms on 2 MB (Verbatim, worst of both browsers)', longest2mb === null ? null : longest2mb <= 50, fmtMs(longest2mb)],
      [
        'quote-check ratio ≥ 20 with accuracy ≥ peer',
        quote ? result.quoteCheck.ratio! >= 20 && quote.verbatimAccuracy >= quote.fuseAccuracy : null,
        quote ? `${result.quoteCheck.ratio}×, ${(quote.verbatimAccuracy * 100).toFixed(1)} % vs ${(quote.fuseAccuracy * 100).toFixed(1)} %` : '—',
      ],
      ['search p95 ≤ 5 ms', verbatimSearch ? verbatimSearch.p95 <= 5 : null, fmtMs(verbatimSearch?.p95)],
      ['content script ≤ 60 KB minified', size?.contentJsBytes ? size.contentJsBytes <= 60 * 1024 : null, fmtBytes(size?.contentJsBytes)],
    ];
    table('Targets (issue 7)', ['target', 'met', 'figure'], targets.map(([t, ok, fig]) => [t, ok === null ? 'not measured' : ok ? 'yes' : 'NO', fig]));
    if (problems.length) {
      console.log('\nProblems:');
      for (const p of problems) console.log(`  - ${p}`);
    }
    const load1 = loadavg()[0]!;
    console.log(`\nTook ${((performance.now() - started) / 1000).toFixed(0)} s (${partSeconds.join(', ')}); load average ${load1.toFixed(1)} at the end.`);
    console.log(JSON.stringify(result));
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
