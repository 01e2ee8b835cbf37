/**
 * Verbatim running on one page: highlights mentions, checks the article's quotes through the background,
 * follows the page as it changes, opens popovers on hover, click and keyboard, and removes every trace of
 * itself in `stop()`.
 */
import type { HighlightKind } from '@/utils/highlight/page-terms';
import { MentionLedger } from '@/utils/highlight/mention-ledger';
import { MutationBatch } from '@/utils/highlight/mutation-batch';
import { SliceScheduler } from '@/utils/highlight/slice-scheduler';
import type { PlannedBlock } from '@/utils/highlight/block-text';
import { attentionOf, pageAttention } from '@/utils/highlight/verdict-words';
import { MAX_BLOCKS, MAX_BLOCK_CHARS, MAX_CHECK_CHARS, type CheckedQuote, type TabResults } from '@/utils/messaging/page-messages';
import type { PageSettings } from '@/utils/highlight/page-settings';
import type { AnchorRect } from '@/components/popover/Popover';
import { messageActions } from '@/components/popover/page-actions';
import { ask, send } from '@/utils/messaging/client';
import { InPageUi, type Capped, type MarkerPlace } from './in-page-ui';
import { MentionScanner } from './mention-scanner';
import { PageHighlights, QUOTE_PREFIX } from './page-highlights';
import { OnScreenHighlights, caretAt, firstOnScreen, mentionRange, viewportMiddle, type PageMention } from './on-screen-highlights';
import { blockRange, collectBlocksTask } from './article-blocks';

/** The e2e build: test hooks on the host element. A build-time constant, so the store build leaves them out. */
const TEST_MODE = import.meta.env.MODE === 'e2e';

/** Priorities of queued work: what is on screen, then the rest of the page, then the article's blocks. */
const PRIORITY = { visible: 0, changes: 1, rest: 2, blocks: 3 } as const;

/**
 * Mutations are handled at most every 150 ms: long enough to gather a framework's burst of DOM writes into
 * one batch, short enough that late content is highlighted before the reader gets to it.
 */
const MUTATION_DELAY_MS = 150;
/**
 * Quotes are re-checked at most every 1.5 s after the article changed: collecting blocks and the engine's
 * check cost tens of milliseconds on big pages, and a page that mutates every frame must not keep the
 * background busy.
 */
const RECHECK_DELAY_MS = 1500;
/** Hover intent: a pointer resting this long on a highlight opens its popover. */
const HOVER_OPEN_MS = 350;
/** A hover-opened popover closes this long after the pointer left both the highlight and the popover. */
const HOVER_CLOSE_MS = 400;
/**
 * A page that keeps removing or restyling Verbatim's UI gets it back this many times, then Verbatim stops
 * fighting and leaves the page (highlights and all): five covers a framework replacing <html>'s children a few
 * times while it boots, and ends a deliberate fight within a second.
 */
const MAX_REATTACH = 5;
/**
 * A mutation storm (a page that changes its DOM every frame) stretches the delay between batches: it doubles
 * each time a batch follows the previous one within twice the delay, up to 1 s, and goes back to 150 ms after
 * 1 s of quiet. Following a ticker every 150 ms costs little, but a page rebuilding itself every frame would
 * otherwise keep Verbatim rescanning all the time; content that stays a second is still highlighted.
 */
const MAX_MUTATION_DELAY_MS = 1000;
/** The same for quote re-checks: a page whose text keeps changing is re-checked at most every 30 s. */
const MAX_RECHECK_DELAY_MS = 30_000;
/**
 * Mentions highlighted per page. A 2 MB article has ~20,000; beyond 25,000 ranges the browser's highlight
 * painting and the ledger's memory grow with no use to a reader, so the rest is left out and the list says so.
 */
export const MAX_MENTIONS = 25_000;
/** What one check sends (see page-messages.ts): text past these limits is left out and the list says so. */
const CHECK_LIMITS = { maxBlockChars: MAX_BLOCK_CHARS, maxTotalChars: MAX_CHECK_CHARS, maxBlocks: MAX_BLOCKS };

export interface SessionHooks {
  /** Test hooks on the host element (e2e build only). */
  testMode: boolean;
  /** The in-page UI's stylesheet. */
  css: string;
  copyText(text: string): Promise<void>;
  /** Reports an error without showing it to the page's console. */
  report(error: unknown): void;
  /** The page kept removing Verbatim's UI: the session has stopped itself. */
  gaveUp(): void;
}

type Hit = { kind: 'mention'; termId: string; rect: AnchorRect } | { kind: 'quote'; quote: CheckedQuote; rect: AnchorRect };

/** Scrolls `range` to the middle of the screen; where its popover goes: its first line, else `fallback`. */
function revealed(range: Range | null | undefined, fallback: AnchorRect): AnchorRect {
  range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
  const r = range?.getClientRects()[0];
  return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : fallback;
}

function rectContaining(range: Range, x: number, y: number): AnchorRect | null {
  for (const r of Array.from(range.getClientRects())) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  return null;
}

export class PageSession {
  readonly #doc: Document;
  readonly #hooks: SessionHooks;
  readonly #highlights: PageHighlights;
  readonly #ledger = new MentionLedger<Text, PageMention>();
  readonly #scheduler: SliceScheduler;
  /** Paints the mentions near the screen (all are kept in the ledger). */
  readonly #paint: OnScreenHighlights;
  readonly #scanner: MentionScanner;
  readonly #ui: InPageUi;
  readonly #batch = new MutationBatch<Node>();
  readonly #observer: MutationObserver;
  /** Watches the host's own attributes: a page hiding or restyling Verbatim's UI gets it put back. */
  readonly #hostObserver: MutationObserver;
  readonly #abort = new AbortController();
  readonly #names = new Map<string, string>();
  readonly #kinds = new Map<string, string>();
  #timers = new Set<number>();
  #mutationTimer = 0;
  #mutationDelay = MUTATION_DELAY_MS;
  #lastFlush = -Infinity;
  #recheckTimer = 0;
  #recheckDelay = RECHECK_DELAY_MS;
  #lastRecheck = 0;
  #hoverTimer = 0;
  #hoverCloseTimer = 0;
  #hoverTarget = '';
  #pointerFrame = 0;
  #defended = 0;
  #stopped = false;
  #blocks: Array<PlannedBlock<Text>> = [];
  #quotes: Array<{ quote: CheckedQuote; ranges: Range[] }> = [];
  /** Bumped by every placement of quotes: a placement still running for older results stops. */
  #placing = 0;
  #lastSent: string[] = [];
  #checking = false;
  #startedAt = 0;
  #firstScanMs = -1;
  /** Longest piece of work Verbatim did in one go (slices, mutation callbacks, timers, frames), in ms. */
  #longestTaskMs = 0;
  /** e2e build: the source of the longest piece of work (to find what a slow page made slow). */
  #longestWhat = '';
  #capped: Capped = { mentions: false, quotes: 0, quotesFound: 0, article: false };

  constructor(doc: Document, settings: PageSettings, hooks: SessionHooks) {
    this.#doc = doc;
    this.#hooks = hooks;
    this.#highlights = new PageHighlights(settings.highlightStyle, { later: (run, ms) => this.#later(run, ms), cancel: (id) => this.#cancel(id) });
    this.#paint = new OnScreenHighlights(this.#highlights, (e) => hooks.report(e), () => this.#scanner.busy, () => viewportMiddle(doc), (node) => this.#ledger.entries(node));
    this.#scheduler = new SliceScheduler({
      now: () => performance.now(),
      yieldThen: (run) => this.#soon(run),
      later: (run, ms) => this.#later(run, ms),
      onError: (e) => hooks.report(e),
    });
    const kinds: HighlightKind[] = [...settings.highlightKinds];
    this.#scanner = new MentionScanner(doc, (text, ends) => askForMentions(text, ends, kinds), { names: this.#names, kinds: this.#kinds }, this.#paint, this.#ledger, this.#scheduler, () => this.#ui.host, (e) => hooks.report(e), MAX_MENTIONS);
    this.#ui = new InPageUi(
      doc,
      {
        actions: messageActions(hooks.copyText, true),
        locateMention: (termId, name, from) => this.#locateMention(termId, name, from),
        locateQuote: (quote, from) => this.#locateQuote(quote, from),
        closed: () => undefined,
      },
      hooks.testMode,
      hooks.css,
    );
    this.#observer = new MutationObserver((records) => this.#timed(() => this.#onMutations(records)));
    this.#hostObserver = new MutationObserver(() => this.#timed(() => this.#defend()));
  }

  /**
   * Runs one piece of Verbatim's work: errors are reported (never thrown into the page), the time it took is
   * measured in the e2e build (the hardening tests read the longest), and nothing runs after `stop()`.
   */
  #timed(run: () => void): void {
    if (this.#stopped) return;
    const start = TEST_MODE ? performance.now() : 0;
    try {
      run();
    } catch (e) {
      this.#hooks.report(e);
    }
    // What the e2e build reports (test hooks); the store build measures nothing.
    if (!TEST_MODE) return;
    const took = performance.now() - start;
    if (took > this.#longestTaskMs) this.#longestWhat = run.toString().slice(0, 120);
    this.#longestTaskMs = Math.max(this.#longestTaskMs, took);
  }

  /**
   * Runs `run` in a task of its own, soon: with `scheduler.postTask` where the browser has it (Chromium, Firefox
   * 142+), else a 0 ms timeout. Timeouts chained more than five deep wait at least 4 ms each, so every slice of a
   * scan, and the answer that highlights the text on screen, would wait that long for nothing. `stop()` cancels it.
   */
  #soon(run: () => void): void {
    const scheduler = (globalThis as { scheduler?: { postTask?(task: () => void, options: { signal: AbortSignal }): Promise<void> } }).scheduler;
    if (!scheduler?.postTask) {
      this.#later(run, 0);
      return;
    }
    scheduler.postTask(() => this.#timed(run), { signal: this.#abort.signal }).catch((error: unknown) => {
      // Aborted by stop(): nothing left to run.
      if (!this.#stopped) this.#hooks.report(error);
    });
  }

  /** setTimeout that `stop()` cancels. */
  #later(run: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      this.#timers.delete(id);
      this.#timed(run);
    }, ms);
    this.#timers.add(id);
    return id;
  }

  #cancel(id: number): void {
    window.clearTimeout(id);
    this.#timers.delete(id);
  }

  start(): void {
    this.#timed(() => {
      if (TEST_MODE) this.#startedAt = performance.now();
      this.#ui.attach();
      if (TEST_MODE) this.#ui.setAttribute('data-verbatim-started', String(Math.round(this.#startedAt)));
      this.#setState('scanning');
      const body = this.#doc.body ?? this.#doc.documentElement;
      this.#observer.observe(this.#doc.documentElement, { childList: true, subtree: true, characterData: true });
      this.#hostObserver.observe(this.#ui.host, { attributes: true, attributeFilter: ['style', 'hidden', 'inert', 'popover', 'class', 'dir'] });
      this.#listen();
      // Finding the text on screen needs layout. Right after a big page loads the browser may not have laid it
      // out yet (measured: 400 ms for 50,000 paragraphs in Chromium), and asking for it here would make that
      // Verbatim's task: wait until the browser has drawn a frame. A hidden tab draws none and has nothing on screen.
      if (this.#doc.visibilityState === 'hidden') this.#later(() => this.#scanAll(body, false), 0);
      else requestAnimationFrame(() => this.#later(() => this.#scanAll(body, true), 0));
    });
  }

  /**
   * Runs `then` when the queued work is done and every text sent for term finding has come back highlighted;
   * its errors are reported, never thrown into the page.
   */
  #whenIdle(then: () => void): void {
    const settle = async () => {
      await this.#scheduler.idle();
      while (this.#scanner.busy && !this.#stopped) {
        await this.#scanner.settled();
        await this.#scheduler.idle();
      }
    };
    void settle().then(() => this.#timed(then));
  }

  #setState(state: string): void {
    this.#ui.setAttribute('data-verbatim-state', state);
  }

  #collectBlocks(): void {
    this.#scheduler.add(
      collectBlocksTask(
        this.#doc.documentElement,
        this.#ui.host,
        PRIORITY.blocks,
        (blocks, truncated) => this.#later(() => void this.#check(blocks, truncated).catch((e: unknown) => this.#hooks.report(e)), 0),
        CHECK_LIMITS,
      ),
    );
  }

  #scanAll(body: Element, fromScreen = true): void {
    // The probe first: it reads the layout the browser already has. The highlight stylesheet is adopted only with
    // the first batch of highlights, so it cannot make this probe recalculate the page's style.
    // At the top of the page the scan starts at its start: the text on screen comes first either way, and the first
    // band of highlights is then the one the scan ends with (one change of the highlights, one repaint, not two).
    const startAt = fromScreen && scrollY > 0 ? firstOnScreen(this.#doc, this.#ui.host) : null;
    this.#scheduler.add(
      this.#scanner.walkTask(body, PRIORITY.visible, startAt, () => {
        this.#paint.flush(false);
        if (TEST_MODE && this.#firstScanMs < 0) this.#firstScanMs = performance.now() - this.#startedAt;
        // In a task of its own: the slice that finished the walk has spent its budget.
        this.#later(() => this.#publishMentions(), 0);
      }),
    );
    this.#collectBlocks();
  }

  /** Records limits the page reached, and says them on the host (tests and scripts read them). */
  #cap(reached: Partial<Capped>): void {
    this.#capped = { ...this.#capped, ...reached };
    this.#ui.setAttribute('data-verbatim-capped', cappedWords(this.#capped));
  }

  #publishMentions(): void {
    const mentions = this.#ledger.termCounts().map(([termId, count]) => ({ termId, name: this.#names.get(termId) ?? termId, count }));
    this.#cap({ mentions: this.#scanner.full });
    this.#ui.setMentions(mentions, this.#capped);
    this.#ui.setAttribute('data-verbatim-mentions', String(this.#ledger.size));
    if (TEST_MODE) this.#testHooks();
  }

  #testHooks(): void {
    writeTestHooks(this.#ui, this.#ledger, this.#kinds, this.#quotes, {
      firstScanMs: this.#firstScanMs,
      ...this.#scheduler.stats,
      longestTaskMs: Math.max(this.#longestTaskMs, this.#paint.stats.longestMs),
      painted: this.#paint.painted,
      mentionRequests: this.#scanner.requests,
    });
    this.#ui.setAttribute('data-verbatim-longest', this.#longestWhat);
  }

  // ------------------------------------------------------------------ quotes

  async #check(blocks: Array<PlannedBlock<Text>>, truncated: boolean): Promise<void> {
    this.#lastRecheck = performance.now();
    const payload = blocks.map((b) => ({ text: b.text, kind: b.kind }));
    const last = this.#lastSent;
    // Compared block by block: joining megabytes of text into one string would cost a long task on big pages.
    const same = last.length === payload.length && payload.every((b, i) => b.text === last[i]);
    // A page whose text keeps changing is re-checked less and less often; one that settles, at the usual pace.
    this.#recheckDelay = same ? RECHECK_DELAY_MS : Math.min(this.#recheckDelay * 2, MAX_RECHECK_DELAY_MS);
    if (same && this.#quotes.length) {
      this.#blocks = blocks;
      this.#placeQuotes(this.#quotes.map((q) => q.quote));
      return;
    }
    this.#lastSent = payload.map((b) => b.text);
    this.#checking = true;
    let results: TabResults;
    try {
      results = await send('page:check', { url: location.href, title: this.#doc.title.slice(0, 10_000), blocks: payload, truncated });
    } catch (e) {
      this.#checking = false;
      this.#hooks.report(e);
      this.#setState('ready');
      return;
    }
    this.#checking = false;
    if (this.#stopped) return;
    const start = TEST_MODE ? performance.now() : 0;
    this.#blocks = blocks;
    const shown = results.quotes.filter((q) => q.verdict !== 'scare').length;
    this.#cap({ quotes: results.quotes.length, quotesFound: results.quotesFound ?? results.quotes.length, article: results.truncated === true });
    this.#placeQuotes(results.quotes);
    this.#ui.setAttribute('data-verbatim-quotes', String(shown));
    this.#setState(this.#scheduler.pending ? 'scanning' : 'ready');
    if (TEST_MODE) this.#longestTaskMs = Math.max(this.#longestTaskMs, performance.now() - start);
    this.#whenIdle(() => {
      if (!this.#checking) {
        this.#setState('ready');
        if (TEST_MODE) this.#testHooks();
      }
    });
  }

  /** Turns the engine's block offsets into page ranges, one quote per step (a long block takes a few ms). */
  #placeQuotes(quotes: CheckedQuote[]): void {
    const generation = ++this.#placing;
    this.#highlights.clear(QUOTE_PREFIX);
    const placed: Array<{ quote: CheckedQuote; ranges: Range[] }> = [];
    this.#quotes = placed;
    let i = 0;
    this.#scheduler.add({
      priority: PRIORITY.changes,
      step: () => {
        if (generation !== this.#placing) return true;
        const quote = quotes[i++];
        if (quote) {
          const ranges: Range[] = [];
          for (const r of quote.ranges) {
            const block = this.#blocks[r.block];
            const range = block ? blockRange(this.#doc, block, r.start, r.end) : null;
            if (range) ranges.push(range);
          }
          if (quote.verdict !== 'scare') for (const range of ranges) this.#highlights.add(QUOTE_PREFIX + attentionOf(quote), range);
          placed.push({ quote, ranges });
        }
        if (i < quotes.length) return false;
        this.#highlights.flush();
        this.#positionMarkers();
        return true;
      },
    });
  }

  #positionMarkers(): void {
    const markers: MarkerPlace[] = this.#quotes.map(({ quote, ranges }) => {
      const last = ranges[ranges.length - 1];
      const rects = last ? last.getClientRects() : null;
      const rect = rects && rects.length ? rects[rects.length - 1] : null;
      return { quote, at: rect && rect.width + rect.height > 0 ? { x: rect.right + window.scrollX, y: rect.top + window.scrollY } : null };
    });
    this.#ui.setQuotes(markers, pageAttention(this.#quotes.map((q) => q.quote)), this.#capped);
  }

  #scheduleRecheck(): void {
    if (this.#recheckTimer) return;
    const wait = Math.max(this.#recheckDelay - (performance.now() - this.#lastRecheck), 100);
    this.#recheckTimer = this.#later(() => {
      this.#recheckTimer = 0;
      this.#collectBlocks();
    }, wait);
  }

  /** The page navigated within itself (single-page app): check again. */
  locationChanged(): void {
    this.#recheckDelay = RECHECK_DELAY_MS;
    this.#scheduleRecheck();
  }

  // ------------------------------------------------------------------ page changes

  #onMutations(records: MutationRecord[]): void {
    const host = this.#ui.host;
    let relevant = false;
    for (const r of records) {
      // Once the batch has overflowed it means "rescan everything": the rest of a storm needs no looking at.
      if (this.#batch.overflowed) {
        relevant = true;
        break;
      }
      if (r.type === 'characterData') {
        if (r.target.nodeType === 3) {
          this.#batch.changed(r.target);
          relevant = true;
        }
        continue;
      }
      const added = r.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const n = added[i] as Node;
        if (n === host) continue;
        if (n.nodeType === 1 || n.nodeType === 3) {
          this.#batch.added(n);
          relevant = true;
        }
      }
      const removed = r.removedNodes;
      if (removed.length > 1 || (removed.length === 1 && removed[0] !== host)) {
        this.#batch.removedSomething();
        relevant = true;
      }
    }
    if (!host.isConnected) this.#defend();
    if (!relevant || this.#mutationTimer || this.#stopped) return;
    // A storm: batches keep coming as fast as they are handled, so wait longer between them.
    const now = performance.now();
    this.#mutationDelay = now - this.#lastFlush < this.#mutationDelay * 2 ? Math.min(this.#mutationDelay * 2, MAX_MUTATION_DELAY_MS) : now - this.#lastFlush > MAX_MUTATION_DELAY_MS ? MUTATION_DELAY_MS : this.#mutationDelay;
    this.#mutationTimer = this.#later(() => {
      this.#mutationTimer = 0;
      this.#lastFlush = performance.now();
      this.#flushMutations();
    }, this.#mutationDelay);
  }

  /**
   * The page removed or restyled Verbatim's UI, or dropped its stylesheet: put them back, up to MAX_REATTACH
   * times; after that Verbatim leaves the page rather than fight it.
   */
  #defend(): void {
    const host = this.#ui.host;
    const hostTouched = !host.isConnected || !this.#ui.styleIntact();
    if (hostTouched && ++this.#defended > MAX_REATTACH) {
      this.stop();
      this.#hooks.gaveUp();
      return;
    }
    if (hostTouched) {
      this.#ui.restoreStyle();
      this.#ui.attach();
    }
  }

  #flushMutations(): void {
    this.#defend();
    if (this.#stopped) return;
    const removals = this.#batch.hasRemovals;
    const plan = this.#batch.take((a, b) => a.contains(b));
    if (removals) this.#scanner.drop(this.#ledger.prune((node) => node.isConnected));
    if (plan.kind === 'rescan') {
      // The page rebuilt itself: one full rescan instead of following every change.
      this.#scheduler.clear();
      this.#ledger.clear();
      this.#paint.clear();
      this.#highlights.clear();
      this.#scanner.reset();
      this.#scanAll(this.#doc.body ?? this.#doc.documentElement);
    } else if (plan.kind === 'nodes') {
      for (const root of plan.roots) {
        if (!root.isConnected) continue;
        if (root.nodeType === 3) this.#scheduler.add(this.#scanner.textsTask([root as Text], PRIORITY.changes));
        else this.#scheduler.add(this.#scanner.walkTask(root, PRIORITY.changes));
      }
      if (plan.texts.length) this.#scheduler.add(this.#scanner.textsTask(plan.texts as Text[], PRIORITY.changes));
    }
    this.#setState('scanning');
    this.#whenIdle(() => {
      this.#paint.flush();
      this.#publishMentions();
      this.#positionMarkers();
      if (!this.#checking && !this.#recheckTimer) this.#setState('ready');
    });
    if (plan.kind !== 'none' || removals) this.#scheduleRecheck();
  }

  // ------------------------------------------------------------------ pointer and keyboard

  #listen(): void {
    const opts = { capture: true, passive: true, signal: this.#abort.signal };
    window.addEventListener('pointermove', (e) => this.#timed(() => this.#onPointerMove(e)), opts);
    window.addEventListener('click', (e) => this.#timed(() => this.#onClick(e)), opts);
    window.addEventListener('pointerdown', (e) => this.#timed(() => this.#onPointerDown(e)), opts);
    window.addEventListener('keydown', (e) => this.#timed(() => this.#onKeyDown(e)), { capture: true, signal: this.#abort.signal });
    let resizeTimer = 0;
    window.addEventListener(
      'resize',
      () => {
        if (resizeTimer) this.#cancel(resizeTimer);
        resizeTimer = this.#later(() => {
          resizeTimer = 0;
          this.#positionMarkers();
        }, 150);
      },
      { passive: true, signal: this.#abort.signal },
    );
  }

  #hitTest(x: number, y: number): Hit | null {
    const caret = caretAt(this.#doc, x, y);
    if (!caret) return null;
    if (caret.node.nodeType === 3) {
      const entry = this.#ledger.at(caret.node as Text, caret.offset) ?? (caret.offset > 0 ? this.#ledger.at(caret.node as Text, caret.offset - 1) : null);
      const rect = entry ? rectContaining(mentionRange(entry), x, y) : null;
      if (entry && rect) return { kind: 'mention', termId: entry.termId, rect };
    }
    for (const { quote, ranges } of this.#quotes) {
      if (quote.verdict === 'scare') continue;
      for (const range of ranges) {
        if (!range.isPointInRange(caret.node, caret.offset)) continue;
        const rect = rectContaining(range, x, y);
        if (rect) return { kind: 'quote', quote, rect };
      }
    }
    return null;
  }

  #onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch' || this.#pointerFrame) return;
    const { clientX: x, clientY: y } = e;
    const overUi = this.#ui.contains(e);
    this.#pointerFrame = requestAnimationFrame(() => {
      this.#pointerFrame = 0;
      this.#timed(() => this.#hover(overUi ? null : this.#hitTest(x, y), overUi));
    });
  }

  #hover(hit: Hit | null, overUi: boolean): void {
    const key = hit ? (hit.kind === 'mention' ? hit.termId : `quote:${hit.quote.index}`) : '';
    const pop = this.#ui.popover;
    if (overUi || (hit && pop && this.#popoverKey() === key)) {
      if (this.#hoverCloseTimer) this.#cancel(this.#hoverCloseTimer);
      this.#hoverCloseTimer = 0;
      if (overUi) return;
    }
    if (key !== this.#hoverTarget) {
      this.#hoverTarget = key;
      if (this.#hoverTimer) this.#cancel(this.#hoverTimer);
      this.#hoverTimer = 0;
      if (hit) this.#hoverTimer = this.#later(() => this.#openHit(hit, false), HOVER_OPEN_MS);
    }
    if (!hit && pop && !pop.focus && !this.#hoverCloseTimer) {
      this.#hoverCloseTimer = this.#later(() => {
        this.#hoverCloseTimer = 0;
        if (this.#ui.popover && !this.#ui.popover.focus) this.#ui.close();
      }, HOVER_CLOSE_MS);
    }
  }

  #popoverKey(): string {
    const pop = this.#ui.popover;
    if (!pop) return '';
    return pop.kind === 'mention' ? pop.termId : pop.kind === 'quote' ? `quote:${pop.quote.index}` : '';
  }

  #openHit(hit: Hit, focus: boolean): void {
    if (hit.kind === 'mention') this.#ui.open({ kind: 'mention', termId: hit.termId, name: this.#names.get(hit.termId) ?? '', anchor: hit.rect, focus });
    else this.#ui.open({ kind: 'quote', quote: hit.quote, anchor: hit.rect, focus });
  }

  #onClick(e: MouseEvent): void {
    if (this.#ui.contains(e) || e.button !== 0) return;
    const target = e.target as Element | null;
    // Links and controls keep their own meaning; hover still shows the popover there.
    if (target?.closest?.('a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"]')) return;
    const hit = this.#hitTest(e.clientX, e.clientY);
    if (hit) this.#openHit(hit, true);
  }

  #onPointerDown(e: PointerEvent): void {
    if (this.#ui.contains(e)) return;
    if (this.#ui.popover) this.#ui.close();
    if (this.#ui.panelOpen) this.#ui.togglePanel();
  }

  #onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    if (this.#ui.escape()) {
      e.stopPropagation();
      e.preventDefault();
    }
  }

  // ------------------------------------------------------------------ the list (keyboard path)

  #locateMention(termId: string, name: string, from: AnchorRect): void {
    const opener = this.#ui.activeElement();
    const found = this.#ledger.first(termId);
    const range = found ? new Range() : null;
    if (found) {
      range!.setStart(found.node, found.entry.start);
      range!.setEnd(found.node, found.entry.end);
    }
    this.#ui.open({ kind: 'mention', termId, name, anchor: revealed(range, from), focus: true }, opener);
  }

  #locateQuote(quote: CheckedQuote, from: AnchorRect): void {
    const opener = this.#ui.activeElement();
    const anchor = revealed(this.#quotes.find((q) => q.quote.index === quote.index)?.ranges[0], from);
    this.#positionMarkers();
    this.#ui.open({ kind: 'quote', quote, anchor, focus: true }, opener);
  }

  /**
   * The popup's "This page" list: scrolls to quote `index` of the last check and opens its popover, focus inside.
   * False when the page has no such quote (not placed yet, or the page was checked again since).
   */
  revealQuote(index: number): boolean {
    let found = false;
    this.#timed(() => {
      const placed = this.#quotes.find((q) => q.quote.index === index);
      if (!placed) return;
      const x = innerWidth / 2 - 200;
      const anchor = revealed(placed.ranges[0], { left: x, top: 80, right: x, bottom: 80 });
      this.#positionMarkers();
      this.#ui.open({ kind: 'quote', quote: placed.quote, anchor, focus: true });
      found = true;
    });
    return found;
  }

  /** Shows a check of selected text (the context menu) in a popover. */
  showCheck(check: CheckedQuote | null, error: string | null, anchor: AnchorRect): void {
    if (check) this.#ui.open({ kind: 'quote', quote: check, anchor, focus: true });
    else this.#ui.open({ kind: 'message', text: error ?? 'Nothing to check.', anchor, focus: true });
  }

  // ------------------------------------------------------------------ turning off

  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#scheduler.stop();
    this.#observer.disconnect();
    this.#hostObserver.disconnect();
    this.#abort.abort();
    for (const id of this.#timers) window.clearTimeout(id);
    this.#timers.clear();
    if (this.#pointerFrame) cancelAnimationFrame(this.#pointerFrame);
    this.#paint.clear();
    this.#highlights.dispose();
    this.#ledger.clear();
    this.#quotes = [];
    this.#blocks = [];
    this.#ui.dispose();
  }
}

/**
 * Terms in the page's text, found by the background (`page:mentions`): asked again once after a pause when the
 * background did not answer (it may be starting, right after an install or an update).
 */
function askForMentions(text: string, ends: number[], kinds: HighlightKind[]) {
  return ask(() => send('page:mentions', { text, ends, kinds }), 2);
}

/** The limits a page reached, as words for the host attribute (tests and scripts read it). */
function cappedWords(c: Capped): string {
  return [c.mentions && 'mentions', c.quotesFound > c.quotes && 'quotes', c.article && 'article'].filter(Boolean).join(' ');
}

/** Test hooks (e2e build): what was highlighted and how long the work took, as attributes on the host. */
function writeTestHooks(ui: InPageUi, ledger: MentionLedger<Text, PageMention>, kinds: ReadonlyMap<string, string>, quotes: Array<{ quote: CheckedQuote; ranges: Range[] }>, timing: Record<string, number>): void {
  // Highlight objects cannot be iterated across Firefox's Xray boundary: list what the ledger recorded.
  const dump: Array<{ name: string; text: string }> = [];
  ledger.forEach((_node, e) => {
    if (dump.length < 5000) dump.push({ name: `verbatim-${kinds.get(e.termId) ?? ''}`, text: e.node.substringData(e.start, e.end - e.start) });
  });
  for (const { quote, ranges } of quotes) for (const r of ranges) if (quote.verdict !== 'scare') dump.push({ name: `${QUOTE_PREFIX}${attentionOf(quote)}`, text: r.toString() });
  ui.setAttribute('data-verbatim-highlights', JSON.stringify(dump));
  const rounded = Object.fromEntries(Object.entries(timing).map(([k, v]) => [k, Math.round(v * 10) / 10]));
  ui.setAttribute('data-verbatim-timing', JSON.stringify(rounded));
}
