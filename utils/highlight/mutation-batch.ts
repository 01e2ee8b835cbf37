/**
 * What to rescan after the page changed. MutationObserver records are collected into a batch and handled
 * together (one flush per batch, never one per record); a huge batch means the page rebuilt itself (a
 * single-page app re-rendering, an infinite-scroll page appending a screenful) and one full rescan is cheaper
 * than following thousands of small changes.
 */

/**
 * Above this many changed roots in one batch, rescan the page instead. 300 ≈ the paragraphs of three long
 * articles: an infinite-scroll page appending one article (~30–80 nodes) stays incremental, a framework
 * replacing the whole tree (thousands of nodes) triggers one rescan.
 */
export const RESCAN_THRESHOLD = 300;

export type MutationPlan<N> = { kind: 'none' } | { kind: 'rescan' } | { kind: 'nodes'; roots: N[]; texts: N[] };

export class MutationBatch<N> {
  #roots = new Set<N>();
  #texts = new Set<N>();
  #removed = false;
  #overflow = false;

  readonly #threshold: number;

  constructor(threshold = RESCAN_THRESHOLD) {
    this.#threshold = threshold;
  }

  /** An element or text node was added (its whole subtree needs a scan). */
  added(node: N): void {
    if (this.#overflow) return;
    this.#roots.add(node);
    if (this.#roots.size + this.#texts.size > this.#threshold) this.#overflow = true;
  }

  /** A text node's content changed. */
  changed(text: N): void {
    if (this.#overflow) return;
    this.#texts.add(text);
    if (this.#roots.size + this.#texts.size > this.#threshold) this.#overflow = true;
  }

  /** Something was removed: stale highlights must be pruned. */
  removedSomething(): void {
    this.#removed = true;
  }

  /** The batch already means "rescan everything": callers can stop looking at the rest of the records. */
  get overflowed(): boolean {
    return this.#overflow;
  }

  get hasRemovals(): boolean {
    return this.#removed;
  }

  get size(): number {
    return this.#roots.size + this.#texts.size;
  }

  /**
   * Takes the batch. `contains(a, b)` says whether a contains b (the DOM's `Node.contains`): roots inside other
   * roots and texts inside roots are dropped so nothing is scanned twice.
   */
  take(contains: (a: N, b: N) => boolean): MutationPlan<N> {
    const overflow = this.#overflow;
    const roots = [...this.#roots];
    const texts = [...this.#texts];
    this.#roots.clear();
    this.#texts.clear();
    this.#overflow = false;
    this.#removed = false;
    if (overflow) return { kind: 'rescan' };
    if (!roots.length && !texts.length) return { kind: 'none' };
    const outer = roots.filter((r) => !roots.some((o) => o !== r && contains(o, r)));
    const loose = texts.filter((t) => !outer.some((o) => contains(o, t)));
    return { kind: 'nodes', roots: outer, texts: loose };
  }
}
