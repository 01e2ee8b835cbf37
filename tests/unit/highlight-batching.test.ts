import { describe, expect, it } from 'vitest';
import { BATCH_COMMIT_BUDGET_MS, BATCH_INTERVAL_MS, BATCH_MAX_PENDING, HighlightBatch } from '../../utils/highlight/highlight-batch';

/** A hand-driven clock and timers; every committed batch is recorded as name → ranges. */
function harness(msPerRange = 0) {
  let now = 1000;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const batches: Array<Record<string, string[]>> = [];
  const batch = new HighlightBatch<string>({
    now: () => now,
    later: (run, ms) => {
      const id = next++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    cancel: (id) => void timers.delete(id),
    commit: (b) => {
      batches.push(Object.fromEntries([...b].map(([name, set]) => [name, [...set]])));
      // A browser that pays for each range as it is added (Firefox).
      for (const set of b.values()) now += set.size * msPerRange;
    },
  });
  /** Moves the clock on, running the timers that come due (in order). */
  const advance = (ms: number) => {
    now += ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= now).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      due[1].run();
    }
  };
  return { batch, batches, advance, timers };
}

describe('HighlightBatch', () => {
  it('registers the first batch as soon as the current task ends, then at most every 250 ms', () => {
    const h = harness();
    h.batch.add('verbatim-person', 'a');
    h.batch.add('verbatim-country', 'b');
    expect(h.batches).toHaveLength(0);
    h.advance(0);
    expect(h.batches).toEqual([{ 'verbatim-person': ['a'], 'verbatim-country': ['b'] }]);
    h.advance(10);
    h.batch.add('verbatim-person', 'c');
    h.advance(100);
    h.batch.add('verbatim-person', 'd');
    h.advance(BATCH_INTERVAL_MS - 111);
    expect(h.batches).toHaveLength(1);
    h.advance(1);
    expect(h.batches[1]).toEqual({ 'verbatim-person': ['c', 'd'] });
    expect(h.batch.pending).toBe(0);
    expect(h.timers.size).toBe(0);
  });

  it('registers at once when the batch is full, and on flush()', () => {
    const h = harness();
    h.batch.add('k', 'first');
    h.advance(0);
    for (let i = 0; i < BATCH_MAX_PENDING; i++) h.batch.add('k', `r${i}`);
    expect(h.batches).toHaveLength(2);
    expect(h.batches[1]!.k).toHaveLength(BATCH_MAX_PENDING);
    h.batch.add('k', 'last');
    h.batch.flush();
    expect(h.batches[2]).toEqual({ k: ['last'] });
    expect(h.timers.size).toBe(0);
    h.batch.flush();
    expect(h.batches).toHaveLength(3);
  });

  it('waits for as many ranges as are shown, and longer between batches, as the page fills up', () => {
    const h = harness();
    for (let i = 0; i < BATCH_MAX_PENDING * 4 - 1; i++) h.batch.add('k', `a${i}`);
    // 2,000 (nothing was shown), then 2,000 (as many as shown), then 4,000 are needed: 3,999 wait.
    expect(h.batches.map((b) => b.k!.length)).toEqual([BATCH_MAX_PENDING, BATCH_MAX_PENDING]);
    expect(h.batch.pending).toBe(BATCH_MAX_PENDING * 2 - 1);
    h.batch.add('k', 'one more');
    expect(h.batches.map((b) => b.k!.length)).toEqual([BATCH_MAX_PENDING, BATCH_MAX_PENDING, BATCH_MAX_PENDING * 2]);
    // 8,000 shown: a lone range waits four times the interval.
    h.batch.add('k', 'late');
    h.advance(BATCH_INTERVAL_MS * 4 - 1);
    expect(h.batches).toHaveLength(3);
    h.advance(1);
    expect(h.batches[3]).toEqual({ k: ['late'] });
  });

  it('keeps batches small where handing ranges over is slow, so no batch is a long task', () => {
    const h = harness(0.01);
    for (let i = 0; i < BATCH_MAX_PENDING; i++) h.batch.add('k', `a${i}`);
    // 2,000 ranges took 20 ms: the next batches hold what fits in the budget.
    const fits = Math.floor(BATCH_COMMIT_BUDGET_MS / 0.01);
    for (let i = 0; i < fits; i++) h.batch.add('k', `b${i}`);
    expect(h.batches.map((x) => x.k!.length)).toEqual([BATCH_MAX_PENDING, fits]);
  });

  it('forgets pending ranges that are deleted or cleared, and says which were pending', () => {
    const h = harness();
    h.batch.add('verbatim-person', 'a');
    h.batch.add('verbatim-person', 'a');
    h.batch.add('verbatim-quote-red', 'q');
    expect(h.batch.pending).toBe(2);
    expect(h.batch.delete('verbatim-person', 'a')).toBe(true);
    expect(h.batch.delete('verbatim-person', 'registered-already')).toBe(false);
    h.batch.clear('verbatim-quote-');
    expect(h.batch.pending).toBe(0);
    expect(h.timers.size).toBe(0);
    h.advance(1000);
    expect(h.batches).toHaveLength(0);
  });

  it('after restart() (the page was rebuilt) the next batch goes at once again', () => {
    const h = harness();
    h.batch.add('k', 'a');
    h.advance(0);
    h.batch.add('k', 'b');
    h.batch.restart();
    h.advance(0);
    expect(h.batches).toEqual([{ k: ['a'] }, { k: ['b'] }]);
  });

  it('dispose() drops what is pending and stops its timer', () => {
    const h = harness();
    h.batch.add('k', 'a');
    h.batch.dispose();
    expect(h.timers.size).toBe(0);
    h.advance(1000);
    expect(h.batches).toHaveLength(0);
  });
});
