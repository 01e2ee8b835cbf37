import { describe, expect, it } from 'vitest';
import { BATCH_INTERVAL_MS, HighlightBatch } from '../../utils/highlight/highlight-batch';

/** A hand-driven clock and timers; every committed batch is recorded as name → ranges. */
function harness() {
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

  it('registers everything pending on flush(), however much, and then nothing more', () => {
    const h = harness();
    h.batch.add('k', 'first');
    h.advance(0);
    for (let i = 0; i < 5000; i++) h.batch.add('k', `r${i}`);
    expect(h.batches).toHaveLength(1);
    h.batch.flush();
    expect(h.batches[1]!.k).toHaveLength(5000);
    expect(h.timers.size).toBe(0);
    h.batch.flush();
    h.advance(1000);
    expect(h.batches).toHaveLength(2);
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
