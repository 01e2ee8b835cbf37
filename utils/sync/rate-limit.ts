/**
 * Counts storage.sync write operations in sliding one-minute and one-hour windows so Verbatim stays under
 * Chrome's MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR (see WRITE_BUDGET in quotas.ts).
 */
import { WRITE_BUDGET } from './quotas';

const MINUTE = 60_000;
const HOUR = 3_600_000;

export class WriteBudget {
  private times: number[] = [];

  constructor(private readonly limits: { perMinute: number; perHour: number } = WRITE_BUDGET) {}

  /** Restores a log saved by `log` (a restarted background must not forget recent writes). */
  load(times: readonly number[], now: number): void {
    this.times = times.filter((t) => Number.isFinite(t) && now - t < HOUR).sort((a, b) => a - b);
  }

  get log(): number[] {
    return [...this.times];
  }

  private prune(now: number): void {
    while (this.times.length && now - this.times[0]! >= HOUR) this.times.shift();
  }

  /** When `ops` more writes may start: `now` if they fit in both windows. */
  nextAllowedAt(now: number, ops: number): number {
    this.prune(now);
    if (ops > this.limits.perMinute) throw new Error(`A sync needs ${ops} writes; at most ${this.limits.perMinute} fit a minute.`);
    const inMinute = this.times.filter((t) => now - t < MINUTE);
    let at = now;
    if (inMinute.length + ops > this.limits.perMinute) at = Math.max(at, inMinute[inMinute.length + ops - this.limits.perMinute - 1]! + MINUTE);
    if (this.times.length + ops > this.limits.perHour) at = Math.max(at, this.times[this.times.length + ops - this.limits.perHour - 1]! + HOUR);
    return at;
  }

  record(now: number, ops: number): void {
    for (let i = 0; i < ops; i++) this.times.push(now);
  }
}
