/**
 * Verbatim running on one page: highlights mentions, checks the article's quotes through the background,
 * follows the page as it changes, opens popovers on hover, click and keyboard, and removes every trace of
 * itself in `stop()`.
 */
import type { PageTerms } from '@/utils/highlight/page-terms';
import { pageTermIndex } from '@/utils/highlight/page-terms';
import { MentionLedger } from '@/utils/highlight/mention-ledger';
import { MutationBatch } from '@/utils/highlight/mutation-batch';
import { SliceScheduler } from '@/utils/highlight/slice-scheduler';
import type { PlannedBlock } from '@/utils/highlight/block-text';
import { attentionOf, pageAttention } from '@/utils/highlight/verdict-words';
import type { CheckedQuote, TabResults } from '@/utils/messaging/page-messages';
import type { PageSettings } from '@/utils/highlight/page-settings';
import type { AnchorRect } from '@/components/popover/Popover';
import { messageActions } from '@/components/popover/page-actions';
import { send } from '@/utils/messaging/client';
import { InPageUi, type MarkerPlace } from './in-page-ui';
import { MentionScanner } from './mention-scanner';
import { PageHighlights, QUOTE_PREFIX } from './page-highlights';
import { blockRange, collectBlocksTask } from './article-blocks';

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
/** A page that keeps removing Verbatim's UI gets it back this many times, then Verbatim stops fighting. */
const MAX_REATTACH = 5;

export interface SessionHooks {
  /** Test hooks on the host element (e2e build only). */
  testMode: boolean;
  copyText(text: string): Promise<void>;
  /** Reports an error without showing it to the page's console. */
  report(error: unknown): void;
}

type Hit = { kind: 'mention'; termId: string; rect: AnchorRect } | { kind: 'quote'; quote: CheckedQuote; rect: AnchorRect };

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null; caretRangeFromPoint?(x: number, y: number): Range | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function rectContaining(range: Range, x: number, y: number): AnchorRect | null {
  for (const r of Array.from(range.getClientRects())) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  return null;
}

export class PageSession {
  private readonly highlights: PageHighlights;
  private readonly ledger = new MentionLedger<Text, Range>();
  private readonly scheduler: SliceScheduler;
  private readonly scanner: MentionScanner;
  private readonly ui: InPageUi;
  private readonly batch = new MutationBatch<Node>();
  private readonly observer: MutationObserver;
  private readonly abort = new AbortController();
  private readonly names = new Map<string, string>();
  private readonly kinds = new Map<string, string>();
  private timers = new Set<number>();
  private mutationTimer = 0;
  private recheckTimer = 0;
  private lastRecheck = 0;
  private hoverTimer = 0;
  private hoverCloseTimer = 0;
  private hoverTarget = '';
  private pointerFrame = 0;
  private reattached = 0;
  private stopped = false;
  private blocks: Array<PlannedBlock<Text>> = [];
  private quotes: Array<{ quote: CheckedQuote; ranges: Range[] }> = [];
  private lastSentText = '';
  private checking = false;
  private startedAt = 0;
  private firstScanMs = -1;

  constructor(
    private readonly doc: Document,
    terms: PageTerms,
    private readonly settings: PageSettings,
    private readonly hooks: SessionHooks,
  ) {
    for (const e of terms.entities) {
      this.names.set(`entity:${e.id}`, e.name);
      this.kinds.set(`entity:${e.id}`, e.type);
    }
    for (const t of terms.topics) {
      this.names.set(`topic:${t.id}`, t.name);
      this.kinds.set(`topic:${t.id}`, 'topic');
    }
    const index = pageTermIndex(terms, new Set(settings.highlightKinds));
    this.highlights = new PageHighlights(doc, settings.highlightStyle);
    this.scheduler = new SliceScheduler({
      now: () => performance.now(),
      yieldThen: (run) => this.later(run, 0),
      onError: (e) => hooks.report(e),
    });
    this.ui = new InPageUi(
      doc,
      {
        actions: messageActions(hooks.copyText, true),
        locateMention: (termId, name, from) => this.locateMention(termId, name, from),
        locateQuote: (quote, from) => this.locateQuote(quote, from),
        closed: () => undefined,
      },
      hooks.testMode,
    );
    this.scanner = new MentionScanner(doc, index, this.kinds, this.highlights, this.ledger, () => this.ui.host);
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** setTimeout that `stop()` cancels. */
  private later(run: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      this.timers.delete(id);
      if (this.stopped) return;
      try {
        run();
      } catch (e) {
        this.hooks.report(e);
      }
    }, ms);
    this.timers.add(id);
    return id;
  }

  private cancel(id: number): void {
    window.clearTimeout(id);
    this.timers.delete(id);
  }

  start(): void {
    this.startedAt = performance.now();
    this.ui.attach();
    this.setState('scanning');
    const body = this.doc.body ?? this.doc.documentElement;
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.scanAll(body);
    this.listen();
  }

  /** Runs `then` when the queued work is done; its errors are reported, never thrown into the page. */
  private whenIdle(then: () => void): void {
    void this.scheduler.idle().then(() => {
      if (this.stopped) return;
      try {
        then();
      } catch (e) {
        this.hooks.report(e);
      }
    });
  }

  private setState(state: string): void {
    this.ui.setAttribute('data-verbatim-state', state);
  }

  /** The first text on screen: where the scan begins. */
  private onScreenStart(): Node | null {
    const x = Math.max(1, Math.min(window.innerWidth / 2, 400));
    for (const y of [Math.min(120, window.innerHeight / 4), window.innerHeight / 2]) {
      const caret = caretAt(this.doc, x, y);
      if (caret?.node && !this.ui.host.contains(caret.node)) return caret.node;
    }
    return null;
  }

  private scanAll(body: Element): void {
    this.scheduler.add(
      this.scanner.walkTask(body, PRIORITY.visible, this.onScreenStart(), () => {
        if (this.firstScanMs < 0) this.firstScanMs = performance.now() - this.startedAt;
        // In a task of its own: the slice that finished the walk has spent its budget.
        this.later(() => this.publishMentions(), 0);
      }),
    );
    this.scheduler.add(collectBlocksTask(this.doc.documentElement, this.ui.host, PRIORITY.blocks, (blocks) => this.later(() => void this.check(blocks).catch((e: unknown) => this.hooks.report(e)), 0)));
  }

  private publishMentions(): void {
    const mentions = this.ledger.termCounts().map(([termId, count]) => ({ termId, name: this.names.get(termId) ?? termId, count }));
    this.ui.setMentions(mentions);
    this.ui.setAttribute('data-verbatim-mentions', String(this.ledger.size));
    if (this.hooks.testMode) this.testHooks();
  }

  private testHooks(): void {
    // Highlight objects cannot be iterated across Firefox's Xray boundary: list what the ledger recorded.
    const dump: Array<{ name: string; text: string }> = [];
    this.ledger.forEach((_node, e) => {
      if (dump.length < 5000) dump.push({ name: `verbatim-${this.kinds.get(e.termId) ?? ''}`, text: e.range.toString() });
    });
    for (const { quote, ranges } of this.quotes) for (const r of ranges) if (quote.verdict !== 'scare') dump.push({ name: `${QUOTE_PREFIX}${attentionOf(quote)}`, text: r.toString() });
    this.ui.setAttribute('data-verbatim-highlights', JSON.stringify(dump));
    this.ui.setAttribute('data-verbatim-timing', JSON.stringify({ firstScanMs: Math.round(this.firstScanMs * 10) / 10, ...this.scheduler.stats }));
  }

  // ------------------------------------------------------------------ quotes

  private async check(blocks: Array<PlannedBlock<Text>>): Promise<void> {
    this.lastRecheck = performance.now();
    const payload = blocks.map((b) => ({ text: b.text, kind: b.kind }));
    const signature = payload.map((b) => b.text).join('\n');
    if (signature === this.lastSentText && this.quotes.length) {
      this.blocks = blocks;
      this.placeQuotes(this.quotes.map((q) => q.quote));
      return;
    }
    this.lastSentText = signature;
    this.checking = true;
    let results: TabResults;
    try {
      results = await send('page:check', { url: location.href, title: this.doc.title, blocks: payload });
    } catch (e) {
      this.checking = false;
      this.hooks.report(e);
      this.setState('ready');
      return;
    }
    this.checking = false;
    if (this.stopped) return;
    this.blocks = blocks;
    this.placeQuotes(results.quotes);
    this.ui.setAttribute('data-verbatim-quotes', String(results.quotes.filter((q) => q.verdict !== 'scare').length));
    this.setState(this.scheduler.pending ? 'scanning' : 'ready');
    this.whenIdle(() => {
      if (!this.checking) {
        this.setState('ready');
        if (this.hooks.testMode) this.testHooks();
      }
    });
  }

  private placeQuotes(quotes: CheckedQuote[]): void {
    this.highlights.clear(QUOTE_PREFIX);
    this.quotes = quotes.map((quote) => {
      const ranges: Range[] = [];
      for (const r of quote.ranges) {
        const block = this.blocks[r.block];
        const range = block ? blockRange(this.doc, block, r.start, r.end) : null;
        if (range) ranges.push(range);
      }
      if (quote.verdict !== 'scare') for (const range of ranges) this.highlights.add(QUOTE_PREFIX + attentionOf(quote), range);
      return { quote, ranges };
    });
    this.positionMarkers();
  }

  private positionMarkers(): void {
    const markers: MarkerPlace[] = this.quotes.map(({ quote, ranges }) => {
      const last = ranges[ranges.length - 1];
      const rects = last ? last.getClientRects() : null;
      const rect = rects && rects.length ? rects[rects.length - 1] : null;
      return { quote, at: rect && rect.width + rect.height > 0 ? { x: rect.right + window.scrollX, y: rect.top + window.scrollY } : null };
    });
    this.ui.setQuotes(markers, pageAttention(this.quotes.map((q) => q.quote)));
  }

  private scheduleRecheck(): void {
    if (this.recheckTimer) return;
    const wait = Math.max(RECHECK_DELAY_MS - (performance.now() - this.lastRecheck), 100);
    this.recheckTimer = this.later(() => {
      this.recheckTimer = 0;
      this.scheduler.add(collectBlocksTask(this.doc.documentElement, this.ui.host, PRIORITY.blocks, (blocks) => this.later(() => void this.check(blocks).catch((e: unknown) => this.hooks.report(e)), 0)));
    }, wait);
  }

  /** The page navigated within itself (single-page app): check again. */
  locationChanged(): void {
    this.scheduleRecheck();
  }

  // ------------------------------------------------------------------ page changes

  private onMutations(records: MutationRecord[]): void {
    const host = this.ui.host;
    let relevant = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.nodeType === 3 && !host.contains(r.target)) {
          this.batch.changed(r.target);
          relevant = true;
        }
        continue;
      }
      for (const n of Array.from(r.addedNodes)) {
        if (n === host || host.contains(n)) continue;
        if (n.nodeType === 1 || n.nodeType === 3) {
          this.batch.added(n);
          relevant = true;
        }
      }
      for (const n of Array.from(r.removedNodes)) {
        if (n === host) continue;
        this.batch.removedSomething();
        relevant = true;
      }
    }
    if (!host.isConnected && this.reattached < MAX_REATTACH) {
      this.reattached++;
      this.ui.attach();
    }
    if (!relevant || this.mutationTimer) return;
    this.mutationTimer = this.later(() => {
      this.mutationTimer = 0;
      this.flushMutations();
    }, MUTATION_DELAY_MS);
  }

  private flushMutations(): void {
    const removals = this.batch.hasRemovals;
    const plan = this.batch.take((a, b) => a.contains(b));
    if (removals) this.scanner.drop(this.ledger.prune((node) => node.isConnected));
    if (plan.kind === 'rescan') {
      // The page rebuilt itself: one full rescan instead of following every change.
      this.scheduler.clear();
      this.scanner.drop(this.ledger.prune(() => false));
      this.highlights.clear();
      this.scanAll(this.doc.body ?? this.doc.documentElement);
    } else if (plan.kind === 'nodes') {
      for (const root of plan.roots) {
        if (!root.isConnected) continue;
        if (root.nodeType === 3) this.scheduler.add(this.scanner.textsTask([root as Text], PRIORITY.changes));
        else this.scheduler.add(this.scanner.walkTask(root, PRIORITY.changes));
      }
      if (plan.texts.length) this.scheduler.add(this.scanner.textsTask(plan.texts as Text[], PRIORITY.changes));
    }
    this.setState('scanning');
    this.whenIdle(() => {
      this.publishMentions();
      this.positionMarkers();
      if (!this.checking && !this.recheckTimer) this.setState('ready');
    });
    if (plan.kind !== 'none' || removals) this.scheduleRecheck();
  }

  // ------------------------------------------------------------------ pointer and keyboard

  private listen(): void {
    const opts = { capture: true, passive: true, signal: this.abort.signal };
    window.addEventListener('pointermove', (e) => this.onPointerMove(e), opts);
    window.addEventListener('click', (e) => this.onClick(e), opts);
    window.addEventListener('pointerdown', (e) => this.onPointerDown(e), opts);
    window.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal: this.abort.signal });
    let resizeTimer = 0;
    window.addEventListener(
      'resize',
      () => {
        if (resizeTimer) this.cancel(resizeTimer);
        resizeTimer = this.later(() => {
          resizeTimer = 0;
          this.positionMarkers();
        }, 150);
      },
      { passive: true, signal: this.abort.signal },
    );
  }

  private hitTest(x: number, y: number): Hit | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    if (caret.node.nodeType === 3) {
      const entry = this.ledger.at(caret.node as Text, caret.offset) ?? (caret.offset > 0 ? this.ledger.at(caret.node as Text, caret.offset - 1) : null);
      const rect = entry ? rectContaining(entry.range, x, y) : null;
      if (entry && rect) return { kind: 'mention', termId: entry.termId, rect };
    }
    for (const { quote, ranges } of this.quotes) {
      if (quote.verdict === 'scare') continue;
      for (const range of ranges) {
        if (!range.isPointInRange(caret.node, caret.offset)) continue;
        const rect = rectContaining(range, x, y);
        if (rect) return { kind: 'quote', quote, rect };
      }
    }
    return null;
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch' || this.pointerFrame) return;
    const { clientX: x, clientY: y } = e;
    const overUi = this.ui.contains(e);
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      if (this.stopped) return;
      try {
        this.hover(overUi ? null : this.hitTest(x, y), overUi);
      } catch (err) {
        this.hooks.report(err);
      }
    });
  }

  private hover(hit: Hit | null, overUi: boolean): void {
    const key = hit ? (hit.kind === 'mention' ? hit.termId : `quote:${hit.quote.index}`) : '';
    const pop = this.ui.popover;
    if (overUi || (hit && pop && this.popoverKey() === key)) {
      if (this.hoverCloseTimer) this.cancel(this.hoverCloseTimer);
      this.hoverCloseTimer = 0;
      if (overUi) return;
    }
    if (key !== this.hoverTarget) {
      this.hoverTarget = key;
      if (this.hoverTimer) this.cancel(this.hoverTimer);
      this.hoverTimer = 0;
      if (hit) this.hoverTimer = this.later(() => this.openHit(hit, false), HOVER_OPEN_MS);
    }
    if (!hit && pop && !pop.focus && !this.hoverCloseTimer) {
      this.hoverCloseTimer = this.later(() => {
        this.hoverCloseTimer = 0;
        if (this.ui.popover && !this.ui.popover.focus) this.ui.close();
      }, HOVER_CLOSE_MS);
    }
  }

  private popoverKey(): string {
    const pop = this.ui.popover;
    if (!pop) return '';
    return pop.kind === 'mention' ? pop.termId : pop.kind === 'quote' ? `quote:${pop.quote.index}` : '';
  }

  private openHit(hit: Hit, focus: boolean): void {
    if (hit.kind === 'mention') this.ui.open({ kind: 'mention', termId: hit.termId, name: this.names.get(hit.termId) ?? '', anchor: hit.rect, focus });
    else this.ui.open({ kind: 'quote', quote: hit.quote, anchor: hit.rect, focus });
  }

  private onClick(e: MouseEvent): void {
    if (this.ui.contains(e) || e.button !== 0) return;
    const target = e.target as Element | null;
    // Links and controls keep their own meaning; hover still shows the popover there.
    if (target?.closest?.('a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"]')) return;
    const hit = this.hitTest(e.clientX, e.clientY);
    if (hit) this.openHit(hit, true);
  }

  private onPointerDown(e: PointerEvent): void {
    if (this.ui.contains(e)) return;
    if (this.ui.popover) this.ui.close();
    if (this.ui.panelOpen) this.ui.togglePanel();
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    if (this.ui.escape()) {
      e.stopPropagation();
      e.preventDefault();
    }
  }

  // ------------------------------------------------------------------ the list (keyboard path)

  private locateMention(termId: string, name: string, from: AnchorRect): void {
    const opener = this.ui.activeElement();
    const found = this.ledger.first(termId);
    const el = found?.entry.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'auto' });
    this.ui.open({ kind: 'mention', termId, name, anchor: from, focus: true }, opener);
  }

  private locateQuote(quote: CheckedQuote, from: AnchorRect): void {
    const opener = this.ui.activeElement();
    const range = this.quotes.find((q) => q.quote.index === quote.index)?.ranges[0];
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'auto' });
    this.positionMarkers();
    this.ui.open({ kind: 'quote', quote, anchor: from, focus: true }, opener);
  }

  /** Shows a check of selected text (the context menu) in a popover. */
  showCheck(check: CheckedQuote | null, error: string | null, anchor: AnchorRect): void {
    if (check) this.ui.open({ kind: 'quote', quote: check, anchor, focus: true });
    else this.ui.open({ kind: 'message', text: error ?? 'Nothing to check.', anchor, focus: true });
  }

  // ------------------------------------------------------------------ turning off

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.scheduler.stop();
    this.observer.disconnect();
    this.abort.abort();
    for (const id of this.timers) window.clearTimeout(id);
    this.timers.clear();
    if (this.pointerFrame) cancelAnimationFrame(this.pointerFrame);
    this.highlights.dispose();
    this.ledger.clear();
    this.quotes = [];
    this.blocks = [];
    this.ui.dispose();
  }
}
