/**
 * Holds new highlight ranges and hands them over in batches instead of one by one.
 *
 * Why: every frame in which a registered `Highlight` changed, Chromium repaints the whole page and re-processes
 * all its highlight ranges (measured by `npm run bench`: 7.5 ms a frame on the 100 KB page and 30 ms on the 2 MB
 * page when a range changed on every frame). The first batch goes as soon as the current task ends (the text on
 * screen), later ones at most every 250 ms, or when a scan or a placement finishes (`flush`). How many ranges are
 * registered at once is bounded by OnScreenHighlights (a band of at most 1,000 mentions) and the quote limit, so a
 * batch stays small enough to hand over in one go. Generic in the range type, with the clock and timers injected
 * (pure; tests drive time).
 */

/** Pending ranges wait at most this long after the last batch: text scrolled to during a long scan is marked in time. */
export const BATCH_INTERVAL_MS = 250;

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
  #timer = 0;
  #lastCommit = Number.NEGATIVE_INFINITY;
  readonly #deps: BatchDeps<R>;

  constructor(deps: BatchDeps<R>) {
    this.#deps = deps;
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
    this.#schedule();
  }

  /** Forgets a range that was not handed over yet; false when it was not pending (it may be registered). */
  delete(name: string, range: R): boolean {
    if (!this.#pending.get(name)?.delete(range)) return false;
    if (!--this.#count) this.#stopTimer();
    return true;
  }

  /** Forgets every pending range whose highlight name starts with `prefix` (the shown ones are being cleared too). */
  clear(prefix: string): void {
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

  /** Hands every pending range over now (a scan or a placement finished). */
  flush(): void {
    this.#stopTimer();
    if (!this.#count) return;
    const batch = this.#pending;
    this.#pending = new Map();
    this.#count = 0;
    this.#lastCommit = this.#deps.now();
    this.#deps.commit(batch);
  }

  /** Drops everything pending and stops the timer (turning off). */
  dispose(): void {
    this.#stopTimer();
    this.#pending.clear();
    this.#count = 0;
  }

  #schedule(): void {
    if (this.#timer) return;
    this.#timer = this.#deps.later(
      () => {
        this.#timer = 0;
        this.flush();
      },
      Math.max(0, this.#lastCommit + BATCH_INTERVAL_MS - this.#deps.now()),
    );
  }

  #stopTimer(): void {
    if (!this.#timer) return;
    this.#deps.cancel(this.#timer);
    this.#timer = 0;
  }
}
