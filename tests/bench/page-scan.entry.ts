/**
 * Bundled by highlight.ts with esbuild into one IIFE and injected into the benchmark pages: the content
 * script's real scanning code (term index, MentionScanner walk, SliceScheduler slices, Highlight API ranges),
 * wired the way PageSession wires it (same mention cap), minus the in-page UI, the quote check and the messaging
 * (those need the extension; their costs are not part of "scan and highlight"). Exposes `window.__verbatimScan()`.
 * PageSession itself is not bundled: it imports the extension's messaging and UI, which need `browser.*`.
 */
import pageTermsJson from '../../generated/page-terms.json';
import { pageTermIndex, type PageTerms, type HighlightKind } from '../../utils/highlight/page-terms';
import { MentionLedger } from '../../utils/highlight/mention-ledger';
import { SliceScheduler } from '../../utils/highlight/slice-scheduler';
import { MentionScanner } from '../../entrypoints/content/mention-scanner';
import { PageHighlights } from '../../entrypoints/content/page-highlights';

export interface ScanTiming {
  /** Start → end of the first slice that registered a highlight (when the browser can first paint one). */
  firstMs: number;
  /** Start → end of the last slice. */
  doneMs: number;
  /** Main-thread time: term index + set-up + every slice + every batch registered by a timer. */
  busyMs: number;
  /** Longest synchronous stretch: the term-index task, the set-up task, the longest slice or batch. */
  longestMs: number;
  /** The set-up task (after the term index, in a task of its own as in PageSession): highlights, scanner, probe. */
  setupMs: number;
  /** Building the term index (its own task), making PageHighlights (the stylesheet is adopted with the first batch), finding the first text on screen. */
  indexMs: number;
  sheetMs: number;
  probeMs: number;
  slices: number;
  highlights: number;
}

/** PageSession's MAX_MENTIONS, read from entrypoints/content/page-session.ts at bundle time (highlight.ts). */
declare const __MAX_MENTIONS__: number;

const ALL_KINDS: HighlightKind[] = ['person', 'country', 'organisation', 'agreement', 'project', 'place', 'topic'];

/** Where PageSession starts: the first text on screen (the same probe points as its `onScreenStart`). */
function onScreenStart(doc: Document): Node | null {
  const d = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node } | null; caretRangeFromPoint?(x: number, y: number): Range | null };
  const x = Math.max(1, Math.min(window.innerWidth / 2, 400));
  for (const y of [Math.min(120, window.innerHeight / 4), window.innerHeight / 2]) {
    const node = typeof d.caretPositionFromPoint === 'function' ? d.caretPositionFromPoint(x, y)?.offsetNode : d.caretRangeFromPoint?.(x, y)?.startContainer;
    if (node) return node;
  }
  return null;
}

function scan(): Promise<ScanTiming> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let firstMs = -1;
    /** Registered highlights exist once a task ends: the browser can paint them. */
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
    // As PageSession: the term index in a task of its own (while the browser draws a frame), then the probe and
    // the scan.
    const terms = pageTermsJson as unknown as PageTerms;
    const kinds = new Map<string, string>();
    for (const e of terms.entities) kinds.set(`entity:${e.id}`, e.type);
    for (const t of terms.topics) kinds.set(`topic:${t.id}`, 'topic');
    const index = pageTermIndex(terms, new Set(ALL_KINDS));
    const indexMs = performance.now() - t0;
    setTimeout(() => {
      const t1 = performance.now();
      const highlights = new PageHighlights(document, 'underline', timers);
      const t2 = performance.now();
      const ledger = new MentionLedger<Text, Range>();
      const scheduler = new SliceScheduler({ now: () => performance.now(), yieldThen: (run) => void setTimeout(run, 0), onError: reject });
      const slice = scheduler.slice.bind(scheduler);
      scheduler.slice = () => {
        slice();
        noteFirst();
      };
      const scanner = new MentionScanner(document, index, kinds, highlights, ledger, () => null, __MAX_MENTIONS__);
      const t3 = performance.now();
      const startAt = onScreenStart(document);
      const probeMs = performance.now() - t3;
      const setupMs = performance.now() - t1;
      scheduler.add(
        scanner.walkTask(document.body, 0, startAt, () => {
          // As PageSession: the walk is done, so the held ranges go up now.
          highlights.flush();
          // onDone runs inside the last slice: report once that slice has been counted.
          setTimeout(() => {
            const s = scheduler.stats;
            resolve({
              firstMs: firstMs < 0 ? performance.now() - t0 : firstMs,
              doneMs: performance.now() - t0,
              busyMs: indexMs + setupMs + s.busyMs + batchBusyMs,
              longestMs: Math.max(indexMs, setupMs, s.longestSliceMs, batchLongestMs),
              setupMs,
              indexMs,
              sheetMs: t2 - t1,
              probeMs,
              slices: s.slices,
              highlights: ledger.size,
            });
          }, 0);
        }),
      );
    }, 0);
  });
}

(window as unknown as { __verbatimScan: typeof scan }).__verbatimScan = scan;
