/**
 * Paints only the mentions near the screen. Every mention the scan finds is kept (counts, the list, hover, the
 * report), but its range is registered in `CSS.highlights` only while its element is within one screen of the
 * viewport, and taken out again when it is scrolled further away.
 *
 * Why: the browser's cost for custom highlights grows with the number of registered ranges, and it pays it
 * again whenever one changes. Measured with `npm run bench` on the ~100 KB page (1,843 mentions): registering
 * them all cost 25–60 ms of style and paint work in Chromium, ~100 near the screen 5–10 ms; on the 2 MB page
 * (25,000), a 390 ms frame. Visibility comes from one IntersectionObserver (layout changes, scrolling inside
 * boxes and hidden elements are the browser's business, not guesses of ours), on the mention's nearest
 * non-inline element, so a paragraph with ten mentions is one observed element.
 */
import type { PageHighlights } from './page-highlights';

/** How far from the viewport mentions are painted: one screen above and below, so scrolling never outruns them. */
export const PAINT_MARGIN = '100% 0px 100% 0px';

/** Common inline elements a mention's anchor climbs out of (at most a few levels): fewer elements to observe. */
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'em', 'i', 'mark', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

/** Anchors placed from the current layout when first seen (about a screen of paragraphs). */
const FIRST_MEASURED = 64;

/** Within PAINT_MARGIN of the viewport (one screen above and below), by the element's box now. */
function nearScreen(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const h = window.innerHeight;
  return r.bottom >= -h && r.top <= 2 * h && (r.width > 0 || r.height > 0);
}

/** The element whose visibility decides whether a mention in `node` is painted. */
export function anchorOf(node: Text): Element | null {
  let el = node.parentElement;
  for (let depth = 0; el && depth < 4 && INLINE.has(el.localName) && el.parentElement && el.parentElement !== el.ownerDocument.body; depth++) el = el.parentElement;
  return el;
}

/**
 * One mention on the page, as the ledger keeps it: where it is, the highlight it belongs to, and its range
 * once it is needed. Ranges are made only for mentions near the screen (and the one under the pointer), and
 * released when they are scrolled far away: a live range costs the page something on every DOM change.
 */
export interface PageMention {
  node: Text;
  start: number;
  end: number;
  /** The highlight's name (`verbatim-<kind>`). */
  name: string;
  anchor: Element | null;
  range: Range | null;
}

/** The mention's range, made now if it has none. */
export function mentionRange(m: PageMention): Range {
  if (!m.range) {
    const range = m.node.ownerDocument.createRange();
    range.setStart(m.node, m.start);
    range.setEnd(m.node, m.end);
    m.range = range;
  }
  return m.range;
}

export interface OnScreenStats {
  /** Time spent in the observer's callbacks (registering and removing ranges), ms. */
  busyMs: number;
  longestMs: number;
  /** Ranges registered now. */
  painted: number;
}

export class OnScreenHighlights {
  readonly #highlights: PageHighlights;
  readonly #byAnchor = new Map<Element, PageMention[]>();
  readonly #near = new Set<Element>();
  #observer: IntersectionObserver | null;
  readonly stats: OnScreenStats = { busyMs: 0, longestMs: 0, painted: 0 };
  readonly #onError: (error: unknown) => void;
  readonly #afterChange: () => void;
  readonly #scanning: () => boolean;
  /** Anchors whose place was read directly (see `add`). */
  #measured = 0;

  /**
   * `scanning`: true while a scan is under way; what comes near the screen meanwhile goes up with the scan's
   * next batch (each change of the registered highlights costs the browser a repaint), except the very first.
   * `afterChange`: called after the observer registered or removed ranges (the benchmark notes the first
   * highlights). Without IntersectionObserver (very old engines), every mention is painted.
   */
  constructor(highlights: PageHighlights, onError: (error: unknown) => void, scanning: () => boolean = () => false, afterChange: () => void = () => undefined) {
    this.#highlights = highlights;
    this.#onError = onError;
    this.#scanning = scanning;
    this.#afterChange = afterChange;
    this.#observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => this.#update(entries), { rootMargin: PAINT_MARGIN }) : null;
  }

  #paint(m: PageMention): void {
    this.#highlights.add(m.name, mentionRange(m));
    this.stats.painted++;
  }

  #unpaint(m: PageMention): void {
    if (!m.range) return;
    this.#highlights.delete(m.name, m.range);
    m.range = null;
    this.stats.painted--;
  }

  /** Holds a mention; it is painted now if its anchor is near the screen, else once it comes near. */
  add(m: PageMention): void {
    const anchor = m.anchor;
    if (!anchor || !this.#observer) {
      this.#paint(m);
      return;
    }
    let list = this.#byAnchor.get(anchor);
    if (!list) {
      this.#byAnchor.set(anchor, (list = []));
      this.#observer.observe(anchor);
      // The first anchors (the scan starts with the text on screen) are placed at once, from the layout the
      // browser already has, rather than a frame later by the observer: the first highlights appear sooner.
      if (this.#measured < FIRST_MEASURED && nearScreen(anchor)) this.#near.add(anchor);
      this.#measured++;
    }
    list.push(m);
    if (this.#near.has(anchor)) this.#paint(m);
  }

  /** Forgets a mention (its text changed or left the page) and takes its range out of the highlights. */
  delete(m: PageMention): void {
    const anchor = m.anchor;
    const painted = !anchor || !this.#observer || this.#near.has(anchor);
    if (painted && m.range) this.#unpaint(m);
    const list = anchor ? this.#byAnchor.get(anchor) : undefined;
    if (!anchor || !list) return;
    const i = list.indexOf(m);
    if (i >= 0) list.splice(i, 1);
    if (!list.length) {
      this.#byAnchor.delete(anchor);
      this.#near.delete(anchor);
      this.#observer?.unobserve(anchor);
    }
  }

  /** Registers what is waiting now (the text on screen is done). */
  flush(): void {
    this.#highlights.flush();
  }

  /** Forgets every mention (a full rescan, or turning off); the caller clears the highlights themselves. */
  clear(): void {
    this.#observer?.disconnect();
    this.#byAnchor.clear();
    this.#near.clear();
    this.stats.painted = 0;
  }

  dispose(): void {
    this.clear();
    this.#observer = null;
  }

  /** Elements observed (one per paragraph or so with mentions). */
  get observed(): number {
    return this.#byAnchor.size;
  }

  #update(entries: IntersectionObserverEntry[]): void {
    const start = performance.now();
    try {
      let changed = false;
      for (const e of entries) {
        const anchor = e.target;
        const list = this.#byAnchor.get(anchor);
        if (!list) continue;
        const near = this.#near.has(anchor);
        if (e.isIntersecting && !near) {
          this.#near.add(anchor);
          for (const m of list) this.#paint(m);
          changed = true;
        } else if (!e.isIntersecting && near) {
          this.#near.delete(anchor);
          for (const m of list) this.#unpaint(m);
          changed = true;
        }
      }
      // What came near goes up now, in one change (the observer already waited for the frame); during a scan,
      // with the scan's next batch, unless nothing is shown yet.
      if (changed) {
        if (!this.#scanning() || this.#highlights.shown === 0) this.#highlights.flush();
        this.#afterChange();
      }
    } catch (error) {
      this.#onError(error);
    }
    const took = performance.now() - start;
    this.stats.busyMs += took;
    this.stats.longestMs = Math.max(this.stats.longestMs, took);
  }
}
