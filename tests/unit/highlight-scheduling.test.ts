import { describe, expect, it } from 'vitest';
import { SliceScheduler, SLICE_BUDGET_MS } from '../../utils/highlight/slice-scheduler';
import { MutationBatch } from '../../utils/highlight/mutation-batch';
import { MentionLedger } from '../../utils/highlight/mention-ledger';

/** A hand-driven clock and a queue of yielded continuations. */
function harness() {
  let now = 0;
  const queue: Array<() => void> = [];
  const timers: Array<{ run: () => void; ms: number }> = [];
  const scheduler = new SliceScheduler({ now: () => now, yieldThen: (run) => queue.push(run), later: (run, ms) => timers.push({ run, ms }) });
  return {
    scheduler,
    timers,
    advance: (ms: number) => (now += ms),
    runNext: () => queue.shift()?.(),
    get queued() {
      return queue.length;
    },
  };
}

describe('SliceScheduler', () => {
  it('runs steps until the 8 ms budget is spent, then yields', () => {
    const h = harness();
    let steps = 0;
    h.scheduler.add({ priority: 0, step: () => (h.advance(1), ++steps >= 20) });
    expect(h.queued).toBe(1);
    h.runNext();
    expect(steps).toBe(SLICE_BUDGET_MS);
    expect(h.queued).toBe(1);
    h.runNext();
    h.runNext();
    expect(steps).toBe(20);
    expect(h.scheduler.pending).toBe(0);
    expect(h.scheduler.stats.longestSliceMs).toBe(SLICE_BUDGET_MS);
  });

  it('ends a slice right after a step that asks to yield, and a task added meanwhile with a lower priority goes next', () => {
    const h = harness();
    let reads = 0;
    const order: string[] = [];
    h.scheduler.add({
      priority: 0,
      step: () => {
        h.advance(0.1);
        order.push('read');
        // Waiting for an answer: end the slice after each of the first three steps.
        if (++reads <= 3) h.scheduler.pause();
        return reads >= 10;
      },
    });
    h.runNext();
    expect(order).toEqual(['read']);
    // The answer arrives between slices: it is applied before any further reading.
    h.scheduler.add({ priority: -1, step: () => (order.push('apply'), true) });
    h.runNext();
    expect(order).toEqual(['read', 'apply', 'read']);
    h.runNext();
    h.runNext();
    // No more yields asked for: the rest of the reading fits in one slice.
    expect(order.filter((o) => o === 'read')).toHaveLength(10);
    expect(h.scheduler.pending).toBe(0);
  });

  it('pause(ms) leaves the main thread alone until a task is added, or until ms is up', () => {
    const h = harness();
    const order: string[] = [];
    let reads = 0;
    const reader = {
      priority: 0,
      step: () => {
        order.push('read');
        // The first step sends the text on screen and waits for its answer.
        if (++reads === 1) h.scheduler.pause(20);
        return reads >= 3;
      },
    };
    h.scheduler.add(reader);
    h.runNext();
    expect(order).toEqual(['read']);
    // Nothing is queued to run next turn: only the pause's timer, for 20 ms.
    expect(h.queued).toBe(0);
    expect(h.timers.map((t) => t.ms)).toEqual([20]);
    // The answer comes within the pause: its slice is scheduled at once and it is applied before more reading.
    h.scheduler.add({ priority: -1, step: () => (order.push('apply'), true) });
    expect(h.queued).toBe(1);
    h.runNext();
    expect(order).toEqual(['read', 'apply', 'read', 'read']);
    // The pause's timer, firing late, finds nothing left to do.
    h.timers.shift()?.run();
    expect(h.queued).toBe(0);

    // No answer within the pause: reading goes on when the timer fires.
    const g = harness();
    let n = 0;
    g.scheduler.add({ priority: 0, step: () => (++n === 1 && g.scheduler.pause(20), n >= 2) });
    g.runNext();
    expect(n).toBe(1);
    expect(g.queued).toBe(0);
    g.timers.shift()?.run();
    g.runNext();
    expect(n).toBe(2);
    expect(g.scheduler.pending).toBe(0);
  });

  it('runs lower priorities first and resolves idle() when the queue is empty', async () => {
    const h = harness();
    const order: string[] = [];
    h.scheduler.add({ priority: 2, step: () => (order.push('rest'), true) });
    h.scheduler.add({ priority: 0, step: () => (order.push('visible'), true) });
    const idle = h.scheduler.idle();
    h.runNext();
    await idle;
    expect(order).toEqual(['visible', 'rest']);
  });

  it('drops a task whose step throws and goes on', () => {
    const errors: unknown[] = [];
    const queue: Array<() => void> = [];
    const s = new SliceScheduler({ now: () => 0, yieldThen: (r) => queue.push(r), later: (r) => queue.push(r), onError: (e) => errors.push(e) });
    let ran = false;
    s.add({ priority: 0, step: () => { throw new Error('boom'); } });
    s.add({ priority: 1, step: () => (ran = true) });
    queue.shift()?.();
    expect(errors).toHaveLength(1);
    expect(ran).toBe(true);
  });

  it('stop() drops all work and ignores new tasks', () => {
    const h = harness();
    h.scheduler.add({ priority: 0, step: () => false });
    h.scheduler.stop();
    h.scheduler.add({ priority: 0, step: () => false });
    expect(h.scheduler.pending).toBe(0);
  });
});

describe('MutationBatch', () => {
  // Nodes as paths: "a/b" is inside "a".
  const contains = (a: string, b: string) => b.startsWith(`${a}/`);

  it('keeps only outermost roots and texts outside them', () => {
    const batch = new MutationBatch<string>();
    batch.added('a');
    batch.added('a/b');
    batch.added('c');
    batch.changed('a/b/t');
    batch.changed('d/t');
    expect(batch.take(contains)).toEqual({ kind: 'nodes', roots: ['a', 'c'], texts: ['d/t'] });
    expect(batch.take(contains)).toEqual({ kind: 'none' });
  });

  it('a huge batch becomes one rescan', () => {
    const batch = new MutationBatch<string>(10);
    for (let i = 0; i < 11; i++) batch.added(`n${i}`);
    expect(batch.take(contains)).toEqual({ kind: 'rescan' });
  });
});

describe('MentionLedger', () => {
  it('tracks entries per node, counts per term, and finds the entry under an offset', () => {
    const ledger = new MentionLedger<string, { termId: string; start: number; end: number; range: string }>();
    ledger.set('t1', [
      { termId: 'entity:putin', start: 0, end: 5, range: 'r1' },
      { termId: 'entity:xi', start: 10, end: 12, range: 'r2' },
    ]);
    ledger.set('t2', [{ termId: 'entity:putin', start: 3, end: 8, range: 'r3' }]);
    expect(ledger.size).toBe(3);
    expect(ledger.termCounts()).toEqual([['entity:putin', 2], ['entity:xi', 1]]);
    expect(ledger.at('t1', 11)?.range).toBe('r2');
    expect(ledger.at('t1', 7)).toBeNull();
    const old = ledger.set('t1', []);
    expect(old.map((e) => e.range)).toEqual(['r1', 'r2']);
    expect(ledger.termCounts()).toEqual([['entity:putin', 1]]);
    expect(ledger.prune((n) => n !== 't2').map((e) => e.range)).toEqual(['r3']);
    expect(ledger.size).toBe(0);
  });
});
