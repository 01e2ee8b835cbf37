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
  /** Main-thread time: term index + set-up + every slice. */
  busyMs: number;
  /** Longest synchronous stretch: the set-up task or the longest slice. */
  longestMs: number;
  setupMs: number;
  /** Parts of the set-up: building the term index, adopting the stylesheet, finding the first text on screen. */
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
    const terms = pageTermsJson as unknown as PageTerms;
    const kinds = new Map<string, string>();
    for (const e of terms.entities) kinds.set(`entity:${e.id}`, e.type);
    for (const t of terms.topics) kinds.set(`topic:${t.id}`, 'topic');
    const index = pageTermIndex(terms, new Set(ALL_KINDS));
    const t1 = performance.now();
    const highlights = new PageHighlights(document, 'underline');
    const t2 = performance.now();
    const ledger = new MentionLedger<Text, Range>();
    let firstAdd = false;
    let firstMs = -1;
    const add = highlights.add.bind(highlights);
    highlights.add = (name, range) => {
      firstAdd = true;
      add(name, range);
    };
    const scheduler = new SliceScheduler({ now: () => performance.now(), yieldThen: (run) => void setTimeout(run, 0), onError: reject });
    const slice = scheduler.slice.bind(scheduler);
    scheduler.slice = () => {
      slice();
      if (firstAdd && firstMs < 0) firstMs = performance.now() - t0;
    };
    const scanner = new MentionScanner(document, index, kinds, highlights, ledger, () => null, __MAX_MENTIONS__);
    const t3 = performance.now();
    const startAt = onScreenStart(document);
    const setupMs = performance.now() - t0;
    const probeMs = performance.now() - t3;
    scheduler.add(
      scanner.walkTask(document.body, 0, startAt, () => {
        // onDone runs inside the last slice: report once that slice has been counted.
        setTimeout(() => {
          const s = scheduler.stats;
          resolve({
            firstMs: firstMs < 0 ? performance.now() - t0 : firstMs,
            doneMs: performance.now() - t0,
            busyMs: setupMs + s.busyMs,
            longestMs: Math.max(setupMs, s.longestSliceMs),
            setupMs,
            indexMs: t1 - t0,
            sheetMs: t2 - t1,
            probeMs,
            slices: s.slices,
            highlights: ledger.size,
          });
        }, 0);
      }),
    );
  });
}

(window as unknown as { __verbatimScan: typeof scan }).__verbatimScan = scan;
