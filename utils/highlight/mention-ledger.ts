/**
 * Bookkeeping of the highlights on a page: which ranges were made for which text node and term, so a changed
 * or removed node can drop exactly its own highlights, the hover test can find the term under the pointer,
 * and the in-page list can say how often each term occurs. Generic in node and range types (pure).
 */

/** What the ledger needs of an entry; the page's mentions are kept as they are (no copy per mention). */
export interface LedgerEntry {
  termId: string;
  start: number;
  end: number;
}

/** Returned when a node has no entries: nothing allocated for the many nodes without a mention. */
const NONE: never[] = [];

export class MentionLedger<N, E extends LedgerEntry> {
  #byNode = new Map<N, E[]>();
  #counts = new Map<string, number>();
  #total = 0;

  /** Replaces the entries of `node`; returns the entries it had before (their ranges must leave the highlights). */
  set(node: N, entries: E[]): E[] {
    const old = this.remove(node);
    if (entries.length) {
      this.#byNode.set(node, entries);
      for (const e of entries) this.#counts.set(e.termId, (this.#counts.get(e.termId) ?? 0) + 1);
      this.#total += entries.length;
    }
    return old;
  }

  /** Adds entries to those `node` already has (a long text node scanned in windows). */
  append(node: N, entries: E[]): void {
    if (!entries.length) return;
    const list = this.#byNode.get(node);
    if (list) list.push(...entries);
    else this.#byNode.set(node, [...entries]);
    for (const e of entries) this.#counts.set(e.termId, (this.#counts.get(e.termId) ?? 0) + 1);
    this.#total += entries.length;
  }

  /** How many entries `node` has. */
  count(node: N): number {
    return this.#byNode.get(node)?.length ?? 0;
  }

  remove(node: N): E[] {
    const old = this.#byNode.get(node);
    if (!old) return NONE;
    this.#byNode.delete(node);
    for (const e of old) {
      const left = (this.#counts.get(e.termId) ?? 1) - 1;
      if (left > 0) this.#counts.set(e.termId, left);
      else this.#counts.delete(e.termId);
    }
    this.#total -= old.length;
    return old;
  }

  /** The entries recorded for `node`, in text order (empty when none; not to be changed by the caller). */
  entries(node: N): readonly E[] {
    return this.#byNode.get(node) ?? NONE;
  }

  /** The entry covering `offset` in `node` (a term under the pointer), or null. */
  at(node: N, offset: number): E | null {
    const entries = this.#byNode.get(node);
    if (!entries) return null;
    for (const e of entries) if (offset >= e.start && offset < e.end) return e;
    return null;
  }

  /** Drops every node `keep` rejects (removed from the page); returns the dropped entries. */
  prune(keep: (node: N) => boolean): E[] {
    const dropped: E[] = [];
    for (const node of [...this.#byNode.keys()]) if (!keep(node)) dropped.push(...this.remove(node));
    return dropped;
  }

  /** The first entry of a term in page order as recorded (for "show me where"), or null. */
  first(termId: string): { node: N; entry: E } | null {
    for (const [node, entries] of this.#byNode) for (const entry of entries) if (entry.termId === termId) return { node, entry };
    return null;
  }

  /** Every entry, node by node (test hooks, exports). */
  forEach(visit: (node: N, entry: E) => void): void {
    for (const [node, entries] of this.#byNode) for (const e of entries) visit(node, e);
  }

  get size(): number {
    return this.#total;
  }

  /** Term id → occurrences, most frequent first. */
  termCounts(): Array<[string, number]> {
    return [...this.#counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  clear(): void {
    this.#byNode.clear();
    this.#counts.clear();
    this.#total = 0;
  }
}
