/**
 * Decides which mentions are registered in `CSS.highlights`. Every mention the scan finds is kept (counts, the
 * list, hover, the report); on an ordinary article all of them are registered, on a very long page only a band
 * of PAINT_CAPACITY mentions around the viewport, moved as the reader scrolls.
 *
 * Why, measured in Chromium on the bench pages (tmp experiments, then `npm run bench`, part 1 "scrolling"):
 * - any change to the registered highlights makes the browser repaint the whole page at the next frame: a change
 *   on every frame of a scroll cost 7.5 ms a frame on the 100 KB page and 30 ms on the 2 MB page (3.9 ms with
 *   none), so registrations must change rarely, never frame by frame;
 * - registered ranges that do not change cost nothing while scrolling (4,470 on the 2 MB page: 3.0 ms a frame);
 * - one change that registers many ranges costs a frame that grows with them (2 MB page: ~35 ms for 500,
 *   40–55 ms for 2,000, 145–180 ms for 15,000), so a page is never registered whole beyond PAINT_CAPACITY;
 * - an IntersectionObserver on each paragraph holding mentions (the previous design) cost 28 ms a scroll frame on
 *   the 2 MB page for its 13,000 targets alone.
 * The band is found by walking text nodes from the one at the middle of the viewport, back and forth, in page
 * order; it moves (one change) only when the middle of the viewport leaves its inner half.
 */
import type { PageHighlights } from './page-highlights';

/** The most mentions registered at once: more than an ordinary article holds; ~20 screens of a dense page. */
export const PAINT_CAPACITY = 1000;
/**
 * Until the reader first scrolls, a smaller band: a mention for every 8 pixels of the viewport's height, a screen and
 * a half of a dense page (the 100 KB bench page holds ~60 mentions in an 800-pixel screen, ~80 in a 1,080-pixel one).
 * A reader who never scrolls pays for no more, and the first move registers the full band. The number of ranges
 * registered makes each repaint dearer: measured with the bench's floor on the 100 KB page, 221 ranges cost the page
 * 12 ms more main-thread time than 61.
 */
const firstBand = (): number => innerHeight >> 3;
/** Text nodes walked each way when looking for the band (a page with few mentions in a lot of text). */
const WALK_LIMIT = 20_000;

/**
 * One mention on the page, as the ledger keeps it: where it is, the highlight it belongs to, and its range once
 * it is needed. Ranges are made only for registered mentions (and the one under the pointer), and released when
 * the band moves away: a live range costs the page something on every DOM change.
 */
export interface PageMention {
  /** The corpus term (`entity:<id>`, `topic:<id>`). */
  termId: string;
  node: Text;
  start: number;
  end: number;
  /** The highlight's name (`verbatim-<kind>`). */
  name: string;
  range: Range | null;
}

/** The mention's range, made now if it has none. */
export function mentionRange(m: PageMention): Range {
  if (!m.range) {
    const range = new Range();
    range.setStart(m.node, m.start);
    range.setEnd(m.node, m.end);
    m.range = range;
  }
  return m.range;
}

export interface OnScreenStats {
  /** Time spent moving the band, ms. */
  busyMs: number;
  longestMs: number;
}

/** A point in the page's text: a node, and an offset in it. */
export interface Spot {
  node: Node;
  offset: number;
}

/** The point of the page's text under a point of the viewport (Firefox: caretPositionFromPoint; Chromium: caretRangeFromPoint). */
export function caretAt(doc: Document, x: number, y: number): Spot | null {
  const d = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null; caretRangeFromPoint?(x: number, y: number): Range | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Where the page's text is looked for on screen: the middle of the viewport, at most 400 px from the left (the column, not a sidebar). */
const columnX = () => Math.max(1, Math.min(innerWidth / 2, 400));

/** The text at the middle of the viewport (in the column): where the band centres. */
export const viewportMiddle = (doc: Document): Spot | null => caretAt(doc, columnX(), innerHeight / 2);

/** Where a scan starts: the first text on screen, near the top of the viewport (else its middle), not inside `own`. */
export function firstOnScreen(doc: Document, own: Node | null): Node | null {
  const x = columnX();
  for (const y of [Math.min(120, innerHeight / 4), innerHeight / 2]) {
    const node = caretAt(doc, x, y)?.node;
    if (node && !own?.contains(node)) return node;
  }
  return null;
}

/** `a` comes before `b` in the page (within one text node, by offset: a 5 MB text node is one node). */
const precedes = (a: Spot, b: Spot) => (a.node === b.node ? a.offset < b.offset : (a.node.compareDocumentPosition(b.node) & 4) !== 0); // 4: DOCUMENT_POSITION_FOLLOWING

export class OnScreenHighlights {
  readonly #highlights: PageHighlights;
  #capacity = firstBand();
  readonly #painted = new Set<PageMention>();
  /** The band's inner half, in page order; null ends: the band reaches that end of the page. */
  #inner: { top: Spot | null; bottom: Spot | null } | null = null;
  /** Mentions were added or removed since the band was placed. */
  #stale = true;
  #queued = false;
  #listening = false;
  readonly stats: OnScreenStats = { busyMs: 0, longestMs: 0 };
  readonly #onError: (error: unknown) => void;
  readonly #afterChange: () => void;
  readonly #scanning: () => boolean;
  readonly #middle: () => Spot | null;
  readonly #mentionsIn: (node: Text) => readonly PageMention[];
  /** The reader scrolled (or resized the window) since the band was last placed. */
  #moved = false;
  readonly #queue = () => {
    this.#moved = true;
    if (this.#queued) return;
    this.#queued = true;
    requestAnimationFrame(() => this.#check());
  };

  /**
   * `scanning`: true while a scan is under way (the band is placed when it ends, see `flush`). `middle`: the point
   * at the middle of the viewport (in a text node, or the element there). `mentionsIn`: the mentions the ledger holds
   * for a text node. `afterChange`: called after the band moved (the benchmark notes the first highlights).
   */
  constructor(highlights: PageHighlights, onError: (error: unknown) => void, scanning: () => boolean, middle: () => Spot | null, mentionsIn: (node: Text) => readonly PageMention[], afterChange: () => void = () => undefined) {
    this.#highlights = highlights;
    this.#mentionsIn = mentionsIn;
    this.#onError = onError;
    this.#scanning = scanning;
    this.#middle = middle;
    this.#afterChange = afterChange;
  }

  #paint(m: PageMention): void {
    this.#painted.add(m);
    this.#highlights.add(m.name, mentionRange(m));
  }

  #unpaint(m: PageMention): void {
    if (!this.#painted.delete(m)) return;
    if (m.range) this.#highlights.delete(m.name, m.range);
    m.range = null;
  }

  /** Holds a mention; it is registered now while there is room, else when the band comes to it. */
  add(m: PageMention): void {
    this.#stale = true;
    if (this.#painted.size < this.#capacity) this.#paint(m);
    else this.#listen();
  }

  /** Forgets a mention (its text changed or left the page) and takes its range out of the highlights. */
  delete(m: PageMention): void {
    this.#stale = true;
    this.#unpaint(m);
  }

  /**
   * Registers what is waiting now (the text on screen is done, a scan is, or a change to the page): on a long page,
   * the band first. Not while a scan is under way, nor when a full scan ends (`place` false), unless the reader
   * scrolled meanwhile: the mentions registered so far are then the first ones from the text on screen on, which is
   * where the reader still is. Placing the band means finding the text at the middle of the viewport, a hit test
   * that makes the browser bring its layout up to date (measured on the 100 KB bench page right after highlights
   * went up: 5–25 ms, as much as the rest of the scan's script).
   */
  flush(place = true): void {
    if (this.#listening && this.#stale && (this.#moved || (place && !this.#scanning()))) this.#check();
    this.#highlights.flush();
  }

  /** Mentions registered now. */
  get painted(): number {
    return this.#painted.size;
  }

  /** Forgets every mention (a full rescan, or turning off); the caller clears the highlights themselves. Leaves no listener. */
  clear(): void {
    this.#painted.clear();
    this.#capacity = firstBand();
    this.#inner = null;
    this.#moved = false;
    if (!this.#listening) return;
    this.#listening = false;
    removeEventListener('scroll', this.#queue, true);
    removeEventListener('resize', this.#queue);
  }

  /** More mentions than fit: the band follows the reader (scrolling of the page or of any box in it, resizing). */
  #listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    addEventListener('scroll', this.#queue, { capture: true, passive: true });
    addEventListener('resize', this.#queue, { passive: true });
  }

  /** Once a frame at most: moves the band if the middle of the viewport left its inner half, or mentions changed. */
  #check(): void {
    this.#queued = false;
    if (!this.#listening) return;
    const start = performance.now();
    try {
      const doc = document;
      const middle = this.#middle();
      if (!middle || !doc.body?.contains(middle.node)) return;
      const inner = this.#inner;
      const inside = inner && (!inner.top || (inner.top.node.isConnected && !precedes(middle, inner.top))) && (!inner.bottom || (inner.bottom.node.isConnected && !precedes(inner.bottom, middle)));
      if (inside && !(this.#stale && !this.#scanning())) return;
      // The reader moved out of the band (or scrolled since the scan filled it from the text on screen): from now on,
      // the full band.
      if (!inside && (inner || this.#moved)) this.#capacity = PAINT_CAPACITY;
      this.#place(doc, middle);
    } catch (error) {
      this.#onError(error);
    }
    const took = performance.now() - start;
    this.stats.busyMs += took;
    this.stats.longestMs = Math.max(this.stats.longestMs, took);
  }

  /**
   * Registers the mentions nearest `middle` in page order — as many as the band holds, half before and half after
   * (what one end of the page leaves goes to the other) — in one change.
   */
  #place(doc: Document, middle: Spot): void {
    const room = this.#capacity;
    const root = doc.body ?? doc.documentElement;
    // 4: NodeFilter.SHOW_TEXT.
    const back = doc.createTreeWalker(root, 4);
    const ahead = doc.createTreeWalker(root, 4);
    back.currentNode = ahead.currentNode = middle.node;
    // Nearest first on both sides; the middle node's own mentions split at the middle.
    const above: PageMention[] = [];
    const below: PageMention[] = [];
    for (const m of this.#mentionsIn(middle.node as Text)) (m.end > middle.offset ? below : above).push(m);
    above.reverse();
    /** Walks on until `into` holds `limit`; true when it ran off that end of the page. */
    const walk = (w: TreeWalker, forward: boolean, into: PageMention[], limit: number): boolean => {
      for (let steps = 0; into.length < limit; steps++) {
        const node = forward ? w.nextNode() : w.previousNode();
        if (!node) return true;
        if (steps > WALK_LIMIT) return false;
        const list = this.#mentionsIn(node as Text);
        // The ledger's own list: read, never reordered.
        if (forward) into.push(...list);
        else for (let i = list.length - 1; i >= 0; i--) into.push(list[i] as PageMention);
      }
      return false;
    };
    let downDone = walk(ahead, true, below, room / 2);
    const upDone = walk(back, false, above, room - Math.min(below.length, room / 2));
    if (!downDone) downDone = walk(ahead, true, below, room - above.length);
    const up = Math.min(above.length, room - Math.min(below.length, room / 2));
    const down = Math.min(below.length, room - up);
    const want = new Set([...above.slice(0, up), ...below.slice(0, down)]);
    for (const m of [...this.#painted]) if (!want.has(m)) this.#unpaint(m);
    for (const m of want) if (!this.#painted.has(m)) this.#paint(m);
    // The inner half: from the middle of the part above to the middle of the part below.
    const bound = (list: PageMention[], n: number, done: boolean, w: TreeWalker): Spot | null => {
      const m = list[n >> 1];
      return done && n === list.length ? null : m ? { node: m.node, offset: m.start } : { node: w.currentNode, offset: 0 };
    };
    this.#inner = { top: bound(above, up, upDone, back), bottom: bound(below, down, downDone, ahead) };
    this.#stale = false;
    this.#moved = false;
    if (!this.#scanning()) this.#highlights.flush();
    this.#afterChange();
  }
}
