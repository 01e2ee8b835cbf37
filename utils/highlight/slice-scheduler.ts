/**
 * Runs the content script's work in small slices so the page never sees a long task.
 *
 * Work is a queue of tasks; each task is a `step()` that does one small unit (a text node, a batch of
 * elements) and says whether it has finished. A slice runs steps until its budget is spent, then yields to the
 * browser (the clock and the way to yield are injected, so tests drive time by hand).
 */

/**
 * 8 ms per slice: half a 60 Hz frame, so a slice plus the page's own frame work still fits in one frame, and
 * far below the 50 ms the browser calls a long task. The budget is checked after every step; steps are kept
 * well under 1 ms (one text node, or a few hundred elements), so a slice overshoots by little.
 */
export const SLICE_BUDGET_MS = 8;

export interface SliceTask {
  /** Does one unit of work; returns true when the task is finished. */
  step(): boolean;
  /** Lower runs first (0 = what is on screen). */
  priority: number;
}

export interface SliceStats {
  slices: number;
  steps: number;
  /** Longest slice seen, in ms (what the benchmark and the hardening tests watch). */
  longestSliceMs: number;
  /** Total time spent working, in ms. */
  busyMs: number;
  /** Longest single step, in ms, and the priority of its task (a slice overshoots its budget by at most this). */
  longestStepMs: number;
  longestStepPriority: number;
}

export interface SchedulerDeps {
  now(): number;
  /** Calls `run` soon, after letting the browser paint and handle input (a macrotask, not a microtask). */
  yieldThen(run: () => void): void;
  /** Calls `run` after `ms` (a timer): the next slice after `pause(ms)`. */
  later(run: () => void, ms: number): void;
  budgetMs?: number;
  /** Called when a step throws: the task is dropped, the rest goes on (the page must never see our errors). */
  onError?(error: unknown): void;
}

export class SliceScheduler {
  #tasks: SliceTask[] = [];
  #scheduled = false;
  #stopped = false;
  #idleWaiters: Array<() => void> = [];
  /** Set by `pause`: the slice ends after this step and leaves the main thread alone for this long (-1: no pause). */
  #pauseMs = -1;
  readonly stats: SliceStats = { slices: 0, steps: 0, longestSliceMs: 0, busyMs: 0, longestStepMs: 0, longestStepPriority: -1 };

  readonly #deps: SchedulerDeps;

  constructor(deps: SchedulerDeps) {
    this.#deps = deps;
  }

  add(task: SliceTask): void {
    if (this.#stopped) return;
    // Stable insertion by priority: equal priorities run in the order added.
    let at = this.#tasks.length;
    while (at > 0 && (this.#tasks[at - 1] as SliceTask).priority > task.priority) at--;
    this.#tasks.splice(at, 0, task);
    // New work (an answer) ends a pause: nothing is scheduled during one.
    this.#schedule();
  }

  get pending(): number {
    return this.#tasks.length;
  }

  /**
   * Ends the current slice after the running step, whatever is left of its budget. With `ms`, the main thread is
   * then left alone for up to `ms`: the next slice comes when a task is added (the answer a task waits for) or when
   * `ms` is up, whichever is first. Without, it comes as soon as the browser has had its turn.
   */
  pause(ms = 0): void {
    this.#pauseMs = ms;
  }

  /** Resolves when the queue is empty. */
  idle(): Promise<void> {
    if (!this.#tasks.length) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Drops every queued task (turning off, or a full rescan replacing partial work). */
  clear(): void {
    this.#tasks = [];
    this.#settle();
  }

  /** Stops for good (the content script is being turned off). */
  stop(): void {
    this.#stopped = true;
    this.clear();
  }

  #schedule(): void {
    if (this.#scheduled || this.#stopped || !this.#tasks.length) return;
    this.#scheduled = true;
    this.#deps.yieldThen(() => {
      this.#scheduled = false;
      this.slice();
    });
  }

  /** Runs one slice now (exposed for tests and for the first, on-screen slice). */
  slice(): void {
    if (this.#stopped) return;
    const budget = this.#deps.budgetMs ?? SLICE_BUDGET_MS;
    const start = this.#deps.now();
    let now = start;
    this.#pauseMs = -1;
    while (this.#tasks.length && now - start < budget && this.#pauseMs < 0) {
      const task = this.#tasks[0] as SliceTask;
      let done: boolean;
      try {
        done = task.step();
      } catch (error) {
        done = true;
        this.#deps.onError?.(error);
      }
      this.stats.steps++;
      if (done && this.#tasks[0] === task) this.#tasks.shift();
      const stepStart = now;
      now = this.#deps.now();
      if (now - stepStart > this.stats.longestStepMs) {
        this.stats.longestStepMs = now - stepStart;
        this.stats.longestStepPriority = task.priority;
      }
    }
    const spent = now - start;
    this.stats.slices++;
    this.stats.busyMs += spent;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, spent);
    const pauseMs = this.#pauseMs;
    if (!this.#tasks.length) this.#settle();
    // A pause's timer finding a slice already scheduled (a task came sooner) does nothing.
    else if (pauseMs > 0) this.#deps.later(() => this.#schedule(), pauseMs);
    else this.#schedule();
  }

  #settle(): void {
    if (this.#tasks.length) return;
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const w of waiters) w();
  }
}
