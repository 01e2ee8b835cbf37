/**
 * Bundled by highlight.ts with esbuild into one IIFE and injected into the benchmark pages: the content
 * script's real scanning code (MentionScanner walk and answers, SliceScheduler slices, OnScreenHighlights,
 * PageHighlights), wired the way PageSession wires it (same mention cap), minus the in-page UI, the quote check
 * and the extension messaging. The background's half (`page:mentions`, MentionFinder) runs in a Web Worker
 * started before the timed scan (page-scan.worker.ts), as the extension's background runs on its own thread.
 * Highlight rules (highlights.css) are put in place at document start by highlight.ts, as the manifest does.
 * Exposes `window.__verbatimScan()`.
 */
import { MentionLedger } from '../../utils/highlight/mention-ledger';
import { SliceScheduler } from '../../utils/highlight/slice-scheduler';
import type { MentionHits } from '../../utils/highlight/mention-finder';
import { ALL_HIGHLIGHT_KINDS } from '../../utils/highlight/page-settings';
import { MentionScanner } from '../../entrypoints/content/mention-scanner';
import { PageHighlights } from '../../entrypoints/content/page-highlights';
import { OnScreenHighlights, firstOnScreen, viewportMiddle, type PageMention } from '../../entrypoints/content/on-screen-highlights';

export interface ScanTiming {
  /** Start → the first highlights were registered (the browser paints them with the next frame). */
  firstMs: number;
  /** Start → every mention found and recorded, and the ones near the screen registered. */
  doneMs: number;
  /** Main-thread time of Verbatim's code: set-up + every slice + every batch + the observer's callbacks. */
  busyMs: number;
  /** Longest synchronous stretch: the set-up task, the longest slice, batch or observer callback. */
  longestMs: number;
  setupMs: number;
  probeMs: number;
  slices: number;
  /** Mentions found (all of the page). */
  highlights: number;
  /** Ranges registered at the end (those near the screen). */
  painted: number;
  requests: number;
  /** Time the worker (the background's stand-in) spent finding terms, off the page's main thread. */
  workerMs: number;
}

/** PageSession's MAX_MENTIONS and the worker's source, put in by highlight.ts at bundle time. */
declare const __MAX_MENTIONS__: number;
declare const __WORKER_SOURCE__: string;

/** The background's stand-in: a worker answering like `page:mentions`. Started (and its term index built) before the scan. */
function startWorker(): Promise<{ find: (text: string, ends: number[]) => Promise<MentionHits>; workerMs: () => number }> {
  const worker = new Worker(URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: 'text/javascript' })));
  const waiting = new Map<number, (a: MentionHits) => void>();
  let next = 0;
  let ms = 0;
  worker.onmessage = (e: MessageEvent<{ id: number; answer: MentionHits; ms: number }>) => {
    ms += e.data.ms;
    waiting.get(e.data.id)?.(e.data.answer);
    waiting.delete(e.data.id);
  };
  const find = (text: string, ends: number[]) =>
    new Promise<MentionHits>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      worker.postMessage({ id, text, ends, kinds: ALL_HIGHLIGHT_KINDS });
    });
  return find('warm-up', [7]).then(() => {
    ms = 0;
    return { find, workerMs: () => ms };
  });
}

/** Started when the script is injected; the bench lets the page settle before it calls `__verbatimScan`. */
const background = startWorker();

async function scan(): Promise<ScanTiming> {
  const { find, workerMs } = await background;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let firstMs = -1;
    const noteFirst = () => {
      if (firstMs < 0 && CSS.highlights.size > 0) firstMs = performance.now() - t0;
    };
    // Batches registered by PageHighlights' own timers run outside the slices: counted here.
    let batchBusyMs = 0;
    let batchLongestMs = 0;
    const timers = {
      later: (run: () => void, ms: number) =>
        window.setTimeout(() => {
          const b0 = performance.now();
          run();
          const took = performance.now() - b0;
          batchBusyMs += took;
          batchLongestMs = Math.max(batchLongestMs, took);
          noteFirst();
        }, ms),
      cancel: (id: number) => window.clearTimeout(id),
    };
    // Filled from the answers, as in PageSession.
    const terms = { names: new Map<string, string>(), kinds: new Map<string, string>() };
    // As PageSession: set-up, the on-screen probe and the walk in a task after the first frame.
    const t1 = performance.now();
    const highlights = new PageHighlights('underline', timers);
    // The gate asks the scanner (made below, before any callback runs) whether a scan is under way.
    const paint: OnScreenHighlights = new OnScreenHighlights(highlights, reject, (): boolean => scanner.busy, () => viewportMiddle(document), (node) => ledger.entries(node), noteFirst);
    const ledger = new MentionLedger<Text, PageMention>();
    // As PageSession#soon: scheduler.postTask where the browser has it, else a 0 ms timeout.
    const browserScheduler = (globalThis as { scheduler?: { postTask?(task: () => void): Promise<void> } }).scheduler;
    const scheduler = new SliceScheduler({ now: () => performance.now(), yieldThen: (run) => void (browserScheduler?.postTask ? browserScheduler.postTask(run).catch(reject) : setTimeout(run, 0)), later: (run, ms) => void setTimeout(run, ms), onError: reject });
    const slice = scheduler.slice.bind(scheduler);
    scheduler.slice = () => {
      slice();
      noteFirst();
    };
    const scanner: MentionScanner = new MentionScanner(document, find, terms, paint, ledger, scheduler, () => null, reject, __MAX_MENTIONS__);
    const t3 = performance.now();
    const startAt = scrollY > 0 ? firstOnScreen(document, null) : null;
    const probeMs = performance.now() - t3;
    const setupMs = performance.now() - t1;
    scheduler.add(
      scanner.walkTask(document.body, 0, startAt, () => {
        paint.flush(false);
        // The observer reports what is near the screen with the next frame: wait for it before reporting.
        requestAnimationFrame(() =>
          setTimeout(() => {
            const s = scheduler.stats;
            resolve({
              firstMs: firstMs < 0 ? performance.now() - t0 : firstMs,
              doneMs: performance.now() - t0,
              busyMs: setupMs + s.busyMs + batchBusyMs + paint.stats.busyMs,
              longestMs: Math.max(setupMs, s.longestSliceMs, batchLongestMs, paint.stats.longestMs),
              setupMs,
              probeMs,
              slices: s.slices,
              highlights: ledger.size,
              painted: paint.painted,
              requests: scanner.requests,
              workerMs: workerMs(),
            });
          }, 0),
        );
      }),
    );
  });
}

(window as unknown as { __verbatimScan: typeof scan }).__verbatimScan = scan;
