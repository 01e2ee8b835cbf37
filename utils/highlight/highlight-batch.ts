/**
 * Holds new highlight ranges and hands them over in a few large batches instead of one by one.
 *
 * Why: every frame in which a registered `Highlight` changed, Chromium re-processes *all* the page's highlight
 * ranges. Adding ranges slice by slice (one change per frame) made that cost grow with the square of the
 * mentions: measured by `npm run bench` on the 2 MB page, 4–14 s of paint work over one scan, against 1.5 s when
 * the same ranges were added at the end. Batches keep the on-screen part quick (the first batch goes as soon as
 * the slice that found it ends) and the repaints few: a batch goes when as many ranges wait as are already
 * shown (at least 2,000), or after a pause that grows with what is shown (250 ms per 2,000 ranges). Each batch
 * then at least doubles the highlights, so all repaints together cost about two repaints of the final page
 * (measured: batches of at most 2,000 or every 250 ms still left 4.2 s of main-thread time on the 2 MB page).
 * Generic in the range type, with the clock and timers injected (pure; tests drive time).
 */

/**
 * Pending ranges wait at most this long per 2,000 ranges already shown (at least this long): about one batch per
 * 30 slices of 8 ms on an ordinary article, so text scrolled into view while the scan runs is marked before the
 * reader gets to it; on a page with 20,000 highlights, a batch every 2.5 s at most, as each repaints them all.
 */
export const BATCH_INTERVAL_MS = 250;
/**
 * A batch goes at once when this many ranges are waiting, or as many as are already shown if that is more
 * (so the 25,000-mention cap is reached in about five batches).
 */
export const BATCH_MAX_PENDING = 2000;
/**
 * ...unless handing a batch over would take longer than this: Firefox pays for each range when it is added
 * (~14 µs a range measured on the 50,000-paragraph page, so a 12,500-range batch was a 173 ms task), Chromium
 * pays at the next frame. The cost per range of the last batch sets how many the next may hold (at least 200).
 */
export const BATCH_COMMIT_BUDGET_MS = 16;
const MIN_BATCH = 200;

export interface BatchDeps<R> {
  now(): number;
  /** Runs `run` after `ms` (a macrotask); returns a handle for `cancel`. */
  later(run: () => void, ms: number): number;
  cancel(handle: number): void;
  /** Registers one batch: highlight name → its new ranges, in the order they were added. */
  commit(batch: ReadonlyMap<string, ReadonlySet<R>>): void;
}

export class HighlightBatch<R> {
  #pending = new Map<string, Set<R>>();
  #count = 0;
  /** Ranges handed over per highlight name (less those deleted or cleared since). */
  #shown = new Map<string, number>();
  #shownTotal = 0;
  /** Ranges one batch may hold so that handing it over stays within BATCH_COMMIT_BUDGET_MS. */
  #affordable = Number.POSITIVE_INFINITY;
  #timer = 0;
  #lastCommit = Number.NEGATIVE_INFINITY;
  readonly #deps: BatchDeps<R>;

  constructor(deps: BatchDeps<R>) {
    this.#deps = deps;
  }

  /** Ranges handed over (less those deleted or cleared since). */
  get shown(): number {
    return this.#shownTotal;
  }

  /** Ranges waiting for the next batch. */
  get pending(): number {
    return this.#count;
  }

  add(name: string, range: R): void {
    let set = this.#pending.get(name);
    if (!set) this.#pending.set(name, (set = new Set()));
    if (set.has(range)) return;
    set.add(range);
    this.#count++;
    if (this.#count >= Math.min(Math.max(BATCH_MAX_PENDING, this.#shownTotal), this.#affordable)) this.flush();
    else this.#schedule();
  }

  /** Forgets a range that was not handed over yet; false when it was not pending (it may be registered). */
  delete(name: string, range: R): boolean {
    const set = this.#pending.get(name);
    if (!set?.delete(range)) {
      const shown = this.#shown.get(name) ?? 0;
      if (shown > 0) {
        this.#shown.set(name, shown - 1);
        this.#shownTotal--;
      }
      return false;
    }
    this.#count--;
    if (!this.#count) this.#stopTimer();
    return true;
  }

  /** Forgets every pending range whose highlight name starts with `prefix` (the shown ones are being cleared too). */
  clear(prefix: string): void {
    for (const [name, n] of this.#shown) {
      if (!name.startsWith(prefix)) continue;
      this.#shownTotal -= n;
      this.#shown.delete(name);
    }
    for (const [name, set] of this.#pending) {
      if (!name.startsWith(prefix)) continue;
      this.#count -= set.size;
      this.#pending.delete(name);
    }
    if (!this.#count) this.#stopTimer();
  }

  /** The next batch goes as soon as the current task ends (the page was cleared: show what is on screen first). */
  restart(): void {
    this.#lastCommit = Number.NEGATIVE_INFINITY;
    if (this.#timer) {
      this.#stopTimer();
      this.#schedule();
    }
  }

  /** Hands every pending range over now (a scan finished, or the batch is full). */
  flush(): void {
    this.#stopTimer();
    if (!this.#count) return;
    const batch = this.#pending;
    this.#pending = new Map();
    this.#count = 0;
    this.#lastCommit = this.#deps.now();
    for (const [name, set] of batch) this.#shown.set(name, (this.#shown.get(name) ?? 0) + set.size);
    const n = this.#countOf(batch);
    this.#shownTotal += n;
    const start = this.#deps.now();
    this.#deps.commit(batch);
    const took = this.#deps.now() - start;
    // Small batches say little about the cost per range (timer resolution): learn from those of 100 or more.
    if (n >= 100) this.#affordable = took > 0 ? Math.max(MIN_BATCH, Math.floor((BATCH_COMMIT_BUDGET_MS * n) / took)) : Number.POSITIVE_INFINITY;
  }

  /** Drops everything pending and stops the timer (turning off). */
  dispose(): void {
    this.#stopTimer();
    this.#pending.clear();
    this.#count = 0;
    this.#shown.clear();
    this.#shownTotal = 0;
  }

  #countOf(batch: ReadonlyMap<string, ReadonlySet<R>>): number {
    let n = 0;
    for (const set of batch.values()) n += set.size;
    return n;
  }

  #schedule(): void {
    if (this.#timer) return;
    const pause = BATCH_INTERVAL_MS * Math.max(1, this.#shownTotal / BATCH_MAX_PENDING);
    const wait = Math.max(0, this.#lastCommit + pause - this.#deps.now());
    this.#timer = this.#deps.later(() => {
      this.#timer = 0;
      this.flush();
    }, wait);
  }

  #stopTimer(): void {
    if (!this.#timer) return;
    this.#deps.cancel(this.#timer);
    this.#timer = 0;
  }
}
