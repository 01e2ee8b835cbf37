/**
 * A hybrid logical clock: wall-clock milliseconds that never go backwards and always move past any time seen
 * from another device. With it, an edit made after seeing another device's edit always carries a later time,
 * even when this device's clock is behind (clock skew), so per-field last-writer-wins follows what the user did.
 */

/**
 * Remote times further than this ahead of our wall clock are not adopted: one device with a clock set years
 * ahead must not drag every other device's clock with it. A day covers any real time-zone or drift mistake;
 * edits from such a device still merge (they win ties they would win anyway), they just don't move our clock.
 */
export const MAX_ADOPTED_SKEW_MS = 24 * 60 * 60 * 1000;

export class HybridClock {
  private last = 0;

  constructor(private readonly wall: () => number = Date.now) {}

  /** A fresh time for a local edit: after the wall clock, after every earlier stamp made or seen here. */
  now(): number {
    this.last = Math.max(this.wall(), this.last + 1);
    return this.last;
  }

  /**
   * Remember a time seen in a remote change, or (`own`) one this device made earlier and stored: our own
   * times are always adopted, so a clock set back after a restart still never goes backwards.
   */
  observe(time: number, own = false): void {
    if (!Number.isFinite(time)) return;
    if (!own && time > this.wall() + MAX_ADOPTED_SKEW_MS) return;
    this.last = Math.max(this.last, time);
  }

  /** The last time handed out or observed (persisted so a restarted background keeps moving forward). */
  get latest(): number {
    return this.last;
  }
}
