/**
 * The page's highlights, drawn with the CSS Custom Highlight API: ranges are registered in `CSS.highlights`
 * and styled with `::highlight()` rules, so the page's DOM is never touched. The one stylesheet is adopted by
 * the document (no element added); where adopting fails, a <style> element in <head> is the fallback. Both go
 * away in `dispose()`.
 *
 * New ranges are held and registered in batches (`HighlightBatch`: the first at once, then at most every
 * 250 ms): each change to a registered highlight costs the browser a repaint of every range on the page. The
 * stylesheet is adopted with the first batch, not before: adopting it makes the browser recalculate the whole
 * page's style, and Verbatim's on-screen probe (`caretPositionFromPoint`) would otherwise force that
 * recalculation inside Verbatim's set-up task (measured: 180–450 ms on a 2 MB page).
 */
import type { HighlightStyle } from '@/utils/highlight/page-settings';
import { HighlightBatch } from '@/utils/highlight/highlight-batch';

/** Mid-tone colours that stay visible on white and on dark page backgrounds. */
const KIND_COLOURS: Record<string, string> = {
  person: '#2f6fdb',
  country: '#2e8b57',
  organisation: '#8e44ad',
  agreement: '#c0392b',
  project: '#b9770e',
  place: '#16a085',
  topic: '#7f8c8d',
};

const QUOTE_COLOURS: Record<string, string> = { none: '#2e8b57', amber: '#d68910', red: '#d0312d' };

export const MENTION_PREFIX = 'verbatim-';
export const QUOTE_PREFIX = 'verbatim-quote-';

function stylesheetText(style: HighlightStyle): string {
  const rules: string[] = [];
  for (const [kind, colour] of Object.entries(KIND_COLOURS)) {
    if (style === 'underline') rules.push(`::highlight(${MENTION_PREFIX}${kind}){text-decoration:underline dotted ${colour};text-decoration-thickness:2px;}`);
    if (style === 'background') rules.push(`::highlight(${MENTION_PREFIX}${kind}){background-color:color-mix(in srgb, ${colour} 22%, transparent);}`);
  }
  for (const [level, colour] of Object.entries(QUOTE_COLOURS)) {
    const line = level === 'none' ? 'solid' : 'wavy';
    rules.push(`::highlight(${QUOTE_PREFIX}${level}){text-decoration:underline ${line} ${colour};text-decoration-thickness:${level === 'none' ? 1 : 2}px;}`);
  }
  return rules.join('\n');
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** How PageHighlights waits between batches (PageSession passes its own timers, which `stop()` cancels). */
export interface HighlightTimers {
  later(run: () => void, ms: number): number;
  cancel(handle: number): void;
}

const WINDOW_TIMERS: HighlightTimers = {
  later: (run, ms) => window.setTimeout(run, ms),
  cancel: (handle) => window.clearTimeout(handle),
};

export class PageHighlights {
  readonly #highlights = new Map<string, Highlight>();
  readonly #batch: HighlightBatch<Range>;
  readonly #css: string;
  #styled = false;
  #sheet: CSSStyleSheet | null = null;
  #styleElement: HTMLStyleElement | null = null;

  readonly #doc: Document;

  constructor(doc: Document, style: HighlightStyle, timers: HighlightTimers = WINDOW_TIMERS) {
    this.#doc = doc;
    this.#css = stylesheetText(style);
    this.#batch = new HighlightBatch<Range>({ now: () => performance.now(), later: timers.later, cancel: timers.cancel, commit: (batch) => this.#commit(batch) });
  }

  /** Adopts the stylesheet (or adds the fallback <style>): once, with the first batch of ranges. */
  #attachStyle(): void {
    if (this.#styled) return;
    this.#styled = true;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(this.#css);
      this.#doc.adoptedStyleSheets = [...this.#doc.adoptedStyleSheets, sheet];
      this.#sheet = sheet;
    } catch {
      const el = this.#doc.createElement('style');
      el.setAttribute('data-verbatim', '');
      el.textContent = this.#css;
      this.#styleElement = el;
      this.ensureStyle();
    }
  }

  /**
   * Puts the stylesheet back when the page dropped it (a page or framework assigning `adoptedStyleSheets`, or
   * removing the fallback <style>): without it the highlights are invisible.
   */
  ensureStyle(): void {
    try {
      const sheet = this.#sheet;
      if (sheet && !this.#doc.adoptedStyleSheets.includes(sheet)) this.#doc.adoptedStyleSheets = [...this.#doc.adoptedStyleSheets, sheet];
      const el = this.#styleElement;
      if (el && !el.isConnected) (this.#doc.head ?? this.#doc.documentElement).appendChild(el);
    } catch {
      // The page made adoptedStyleSheets unwritable: highlights stay unstyled, everything else works.
    }
  }

  /** Registers one batch: a new highlight is filled before it is registered, so the browser sees one change. */
  #commit(batch: ReadonlyMap<string, ReadonlySet<Range>>): void {
    this.#attachStyle();
    for (const [name, ranges] of batch) {
      let h = this.#highlights.get(name);
      const fresh = !h;
      if (!h) this.#highlights.set(name, (h = new Highlight()));
      for (const range of ranges) h.add(range);
      if (fresh) CSS.highlights.set(name, h);
    }
  }

  /** Highlights `range`: shown with the next batch (see `flush`). */
  add(name: string, range: Range): void {
    this.#batch.add(name, range);
  }

  delete(name: string, range: Range): void {
    if (!this.#batch.delete(name, range)) this.#highlights.get(name)?.delete(range);
  }

  /** Registers every held range now: a scan or a placement of quotes has finished. */
  flush(): void {
    this.#batch.flush();
  }

  /** Ranges held for the next batch. */
  get pending(): number {
    return this.#batch.pending;
  }

  /** Empties every highlight whose name starts with `prefix` (all mentions by default). */
  clear(prefix = MENTION_PREFIX): void {
    this.#batch.clear(prefix);
    for (const [name, h] of this.#highlights) if (name.startsWith(prefix)) h.clear();
    // The page was rebuilt: what the next scan finds on screen goes up at once, like the first time.
    if (prefix === MENTION_PREFIX) this.#batch.restart();
  }

  dispose(): void {
    this.#batch.dispose();
    for (const name of this.#highlights.keys()) CSS.highlights.delete(name);
    this.#highlights.clear();
    if (this.#sheet) {
      const sheet = this.#sheet;
      try {
        this.#doc.adoptedStyleSheets = this.#doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The page replaced adoptedStyleSheets itself; our sheet is gone with it.
      }
    }
    this.#styleElement?.remove();
    this.#sheet = null;
    this.#styleElement = null;
    this.#styled = false;
  }
}
