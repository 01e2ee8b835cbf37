/**
 * The page's highlights, drawn with the CSS Custom Highlight API: ranges are registered in `CSS.highlights`
 * and styled with `::highlight()` rules, so the page's DOM is never touched.
 *
 * The rules are in highlights.css, which the manifest injects with the content script (`content_scripts.css`),
 * before the page is first styled. Adding a stylesheet to a page that is already laid out makes the browser
 * recalculate the style of every element (measured with `npm run bench`: 20–60 ms on the ~100 KB page, 150–300 ms
 * on the 2 MB one); a sheet present from the start costs nothing, since its rules match no element, only
 * Verbatim's highlight names. The browser keeps that sheet out of the page's `document.styleSheets`, so the page
 * can neither see nor remove it.
 *
 * New ranges are held and registered in batches (`HighlightBatch`): each change to a registered highlight costs
 * the browser a repaint of the page.
 */
import type { HighlightStyle } from '@/utils/highlight/page-settings';
import { HighlightBatch } from '@/utils/highlight/highlight-batch';

export const MENTION_PREFIX = 'verbatim-';
export const QUOTE_PREFIX = 'verbatim-quote-';
/** Mentions drawn as a tinted background are registered under `verbatim-bg-<kind>` (see highlights.css). */
const BACKGROUND_PREFIX = 'verbatim-bg-';

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** How PageHighlights waits between batches (PageSession passes its own timers, which `stop()` cancels). */
export interface HighlightTimers {
  later(run: () => void, ms: number): number;
  cancel(handle: number): void;
}

export class PageHighlights {
  readonly #highlights = new Map<string, Highlight>();
  readonly #batch: HighlightBatch<Range>;
  readonly #style: HighlightStyle;

  constructor(style: HighlightStyle, timers: HighlightTimers) {
    this.#style = style;
    this.#batch = new HighlightBatch<Range>({ now: () => performance.now(), later: timers.later, cancel: timers.cancel, commit: (batch) => this.#commit(batch) });
  }

  /** The registered name: mentions in the background style have their own names (and rules). */
  #registered(name: string): string {
    return this.#style === 'background' && name.startsWith(MENTION_PREFIX) && !name.startsWith(QUOTE_PREFIX) ? BACKGROUND_PREFIX + name.slice(MENTION_PREFIX.length) : name;
  }

  /** Registers one batch: a new highlight is filled before it is registered, so the browser sees one change. */
  #commit(batch: ReadonlyMap<string, ReadonlySet<Range>>): void {
    for (const [name, ranges] of batch) {
      let h = this.#highlights.get(name);
      const fresh = !h;
      if (!h) this.#highlights.set(name, (h = new Highlight()));
      for (const range of ranges) h.add(range);
      if (fresh) CSS.highlights.set(this.#registered(name), h);
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

  /** Empties every highlight whose name starts with `prefix` (all mentions by default). */
  clear(prefix = MENTION_PREFIX): void {
    this.#batch.clear(prefix);
    for (const [name, h] of this.#highlights) if (name.startsWith(prefix)) h.clear();
    // The page was rebuilt: what the next scan finds on screen goes up at once, like the first time.
    if (prefix === MENTION_PREFIX) this.#batch.restart();
  }

  dispose(): void {
    this.#batch.dispose();
    for (const name of this.#highlights.keys()) CSS.highlights.delete(this.#registered(name));
    this.#highlights.clear();
  }
}
