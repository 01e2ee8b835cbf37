import { describe, expect, it } from 'vitest';
import { BlockPlanner } from '../../utils/highlight/block-text';
import { MutationBatch } from '../../utils/highlight/mutation-batch';
import { MentionLedger } from '../../utils/highlight/mention-ledger';
import { SliceScheduler } from '../../utils/highlight/slice-scheduler';

/** Limits that bound the work on hostile and heavy pages (issue 8): what is kept, and that the cut is reported. */
describe('BlockPlanner limits', () => {
  it('keeps the first maxBlockChars of a huge text node and records its full length', () => {
    const planner = new BlockPlanner<string>({ maxBlockChars: 10, maxTotalChars: 100, maxBlocks: 10 });
    planner.open('p');
    planner.text('huge', 'abcdefghijklmnopqrstuvwxyz');
    planner.close('p');
    const blocks = planner.finish();
    expect(blocks.map((b) => b.text)).toEqual(['abcdefghij']);
    expect(blocks[0]!.segments).toEqual([{ node: 'huge', text: 'abcdefghij', length: 26 }]);
    expect(planner.truncated).toBe(true);
  });

  it('accepts a caller that read only the start of a node (length given)', () => {
    const planner = new BlockPlanner<string>({ maxBlockChars: 5, maxTotalChars: 100, maxBlocks: 10 });
    planner.open('p');
    expect(planner.room).toBe(5);
    planner.text('n', 'hello', 5_000_000);
    planner.close('p');
    expect(planner.finish()[0]!.segments).toEqual([{ node: 'n', text: 'hello', length: 5_000_000 }]);
    expect(planner.truncated).toBe(true);
  });

  it('stops at maxTotalChars and maxBlocks, in page order', () => {
    const byChars = new BlockPlanner<number>({ maxBlockChars: 100, maxTotalChars: 12, maxBlocks: 100 });
    const byBlocks = new BlockPlanner<number>({ maxBlockChars: 100, maxTotalChars: 1000, maxBlocks: 2 });
    for (const planner of [byChars, byBlocks]) {
      for (let i = 0; i < 4; i++) {
        planner.open('p');
        planner.text(i, `para ${i}.`);
        planner.close('p');
      }
    }
    expect(byChars.finish().map((b) => b.text)).toEqual(['para 0.', 'para']);
    expect(byChars.truncated).toBe(true);
    expect(byBlocks.finish().map((b) => b.text)).toEqual(['para 0.', 'para 1.']);
    expect(byBlocks.truncated).toBe(true);
  });

  it('is not truncated when everything fits (and has no limits by default)', () => {
    const planner = new BlockPlanner<number>();
    planner.open('p');
    planner.text(1, 'x'.repeat(1_000_000));
    planner.close('p');
    expect(planner.finish()[0]!.text.length).toBe(1_000_000);
    expect(planner.truncated).toBe(false);
  });
});

describe('MutationBatch in a storm', () => {
  it('says when it has overflowed, so the rest of the records need no look', () => {
    const batch = new MutationBatch<number>(3);
    for (let i = 0; i < 3; i++) batch.added(i);
    expect(batch.overflowed).toBe(false);
    batch.added(3);
    expect(batch.overflowed).toBe(true);
    expect(batch.take(() => false)).toEqual({ kind: 'rescan' });
    expect(batch.overflowed).toBe(false);
  });
});

describe('MentionLedger counts', () => {
  it('counts entries per node, and sorts term counts without locale collation', () => {
    const ledger = new MentionLedger<string, { termId: string; start: number; end: number; range: string }>();
    ledger.set('a', [
      { termId: 'entity:b', start: 0, end: 1, range: 'r1' },
      { termId: 'entity:a', start: 2, end: 3, range: 'r2' },
    ]);
    expect(ledger.count('a')).toBe(2);
    expect(ledger.count('missing')).toBe(0);
    expect(ledger.termCounts()).toEqual([
      ['entity:a', 1],
      ['entity:b', 1],
    ]);
  });
});

describe('SliceScheduler step statistics', () => {
  it('records the longest single step and its priority', () => {
    let now = 0;
    const queue: Array<() => void> = [];
    const s = new SliceScheduler({ now: () => now, yieldThen: (run) => queue.push(run), later: (run) => queue.push(run) });
    s.add({ priority: 3, step: () => ((now += 2), true) });
    s.add({ priority: 1, step: () => ((now += 5), true) });
    queue.shift()?.();
    expect(s.stats.longestStepMs).toBe(5);
    expect(s.stats.longestStepPriority).toBe(1);
  });
});
