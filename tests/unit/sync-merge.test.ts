/** The pure merge: per-field last-writer-wins, tombstones, notes never lost, and merge algebra. */
import { describe, expect, it } from 'vitest';
import type { SyncedQuote } from '../../utils/collection/types';
import { CONCURRENT_NOTE_SEPARATOR, HybridClock, isCompactable, mergeQuote, sameSyncedState, TOMBSTONE_TTL_MS } from '../../utils/sync';
import { createQuote, deleteQuote, editQuote, restoreQuote } from '../../utils/collection/quote-edits';

const T0 = Date.UTC(2024, 6, 10);
const statement = { id: 'press-conference-abc', text: 'We are ready for talks at any moment, said the President.', speakerId: 'vladimir-putin', documentId: 'press-conference' };
const ctx = (deviceId: string, time: number) => ({ deviceId, time, corpusVersion: 'v1' });
const base = () => createQuote('q1', statement, { note: 'original', tags: ['peace'] }, ctx('aaa', T0));

describe('per-field last-writer-wins', () => {
  it('keeps the newer edit of each field, from whichever device', () => {
    const a = editQuote(base(), { note: 'note from A' }, ctx('aaa', T0 + 10));
    const b = editQuote(base(), { tags: ['talks'] }, ctx('bbb', T0 + 20));
    const m = mergeQuote(a, b);
    expect(m.note).toBe('note from A');
    expect(m.tags).toEqual(['talks']);
    expect(mergeQuote(b, a)).toEqual(m);
  });

  it('breaks a tie of equal times by device id, the same way on both sides', () => {
    const a = editQuote(base(), { tags: ['from-a'] }, ctx('aaa', T0 + 10));
    const b = editQuote(base(), { tags: ['from-b'] }, ctx('bbb', T0 + 10));
    expect(mergeQuote(a, b).tags).toEqual(['from-b']);
    expect(mergeQuote(b, a).tags).toEqual(['from-b']);
  });

  it('a later span edit wins', () => {
    const a = editQuote(base(), { span: [0, 10] }, ctx('aaa', T0 + 10), statement.text);
    const b = editQuote(base(), { span: [3, 20] }, ctx('bbb', T0 + 30), statement.text);
    expect(mergeQuote(a, b).span).toEqual([3, 20]);
  });
});

describe('tombstones', () => {
  it('a deletion wins over older edits', () => {
    const edited = editQuote(base(), { note: 'older edit' }, ctx('bbb', T0 + 10));
    const deleted = deleteQuote(base(), ctx('aaa', T0 + 20));
    const m = mergeQuote(edited, deleted);
    expect(m.deletedAt).toBe(T0 + 20);
    expect(mergeQuote(deleted, edited)).toEqual(m);
  });

  it('an edit made after the deletion (on a device that had not seen it) brings the quote back, note intact', () => {
    const deleted = deleteQuote(base(), ctx('aaa', T0 + 10));
    const edited = editQuote(base(), { note: 'I was still writing this' }, ctx('bbb', T0 + 20));
    const m = mergeQuote(deleted, edited);
    expect(m.deletedAt).toBe(0);
    expect(m.note).toBe('I was still writing this');
    expect(mergeQuote(edited, deleted)).toEqual(m);
    // The revived state is stable: merging the old tombstone again changes nothing.
    expect(mergeQuote(m, deleted)).toEqual(m);
  });

  it('undo of a delete wins over the tombstone', () => {
    const deleted = deleteQuote(base(), ctx('aaa', T0 + 10));
    const restored = restoreQuote(deleted, ctx('aaa', T0 + 20));
    expect(mergeQuote(deleted, restored).deletedAt).toBe(0);
    expect(mergeQuote(restored, deleted).deletedAt).toBe(0);
  });

  it('a bare tombstone (id and deletion only) merges with the full quote', () => {
    const deleted = deleteQuote(base(), ctx('aaa', T0 + 10));
    const bare: SyncedQuote = { ...deleted, statementId: '', span: null, note: '', tags: [], createdAt: 0, fieldTimes: { note: 0, tags: 0, span: 0, deleted: T0 + 10 }, fieldDevices: { note: '', tags: '', span: '', deleted: 'aaa' }, noteAncestors: [] };
    const m = mergeQuote(base(), bare);
    expect(m.deletedAt).toBe(T0 + 10);
    expect(m.statementId).toBe(statement.id);
    expect(mergeQuote(bare, base())).toEqual(m);
  });

  it('is compacted only after the tombstone TTL', () => {
    const deleted = deleteQuote(base(), ctx('aaa', T0));
    expect(isCompactable(deleted, T0 + TOMBSTONE_TTL_MS - 1)).toBe(false);
    expect(isCompactable(deleted, T0 + TOMBSTONE_TTL_MS + 1)).toBe(true);
    expect(isCompactable(base(), T0 + 10 * TOMBSTONE_TTL_MS)).toBe(false);
  });
});

describe('notes are never lost', () => {
  it('keeps both texts of concurrent note edits, older first, the same on both devices', () => {
    const a = editQuote(base(), { note: 'Check the date of this.' }, ctx('aaa', T0 + 10));
    const b = editQuote(base(), { note: 'Used in the Monday piece.' }, ctx('bbb', T0 + 20));
    const m = mergeQuote(a, b);
    expect(m.note).toBe(`Check the date of this.${CONCURRENT_NOTE_SEPARATOR}Used in the Monday piece.`);
    expect(mergeQuote(b, a)).toEqual(m);
    // The merged note supersedes both: merging either side again changes nothing.
    expect(mergeQuote(m, a)).toEqual(m);
    expect(mergeQuote(b, m)).toEqual(m);
  });

  it('a note edited from another note replaces it (no duplication)', () => {
    const a = editQuote(base(), { note: 'first draft' }, ctx('aaa', T0 + 10));
    const b = editQuote(a, { note: 'second draft' }, ctx('bbb', T0 + 20));
    expect(mergeQuote(a, b).note).toBe('second draft');
    expect(mergeQuote(b, a).note).toBe('second draft');
  });

  it('several local edits before a sync still replace the synced version', () => {
    let a = base();
    for (let i = 1; i <= 4; i++) a = editQuote(a, { note: `draft ${i}` }, ctx('aaa', T0 + i));
    expect(mergeQuote(a, base()).note).toBe('draft 4');
  });

  it('keeps a written note over a concurrent clearing of it', () => {
    const cleared = editQuote(base(), { note: '' }, ctx('aaa', T0 + 30));
    const written = editQuote(base(), { note: 'original, with more' }, ctx('bbb', T0 + 20));
    expect(mergeQuote(cleared, written).note).toBe('original, with more');
  });
});

describe('merge algebra on random histories', () => {
  // A small deterministic PRNG so failures reproduce.
  function rng(seed: number) {
    return () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
  }

  it('is commutative, idempotent and converges for three devices', () => {
    const random = rng(42);
    for (let run = 0; run < 200; run++) {
      const devices = ['aaa', 'bbb', 'ccc'].map((d) => ({ d, q: base(), clock: new HybridClock(() => T0 + Math.floor(random() * 1000)) }));
      for (let step = 0; step < 6; step++) {
        const dev = devices[Math.floor(random() * 3)]!;
        const c = ctx(dev.d, dev.clock.now());
        const r = random();
        if (dev.q.deletedAt > 0) dev.q = restoreQuote(dev.q, c);
        else if (r < 0.4) dev.q = editQuote(dev.q, { note: `note ${run}-${step}` }, c);
        else if (r < 0.6) dev.q = editQuote(dev.q, { tags: [`t${step}`] }, c);
        else if (r < 0.8) dev.q = deleteQuote(dev.q, c);
        else {
          const other = devices[Math.floor(random() * 3)]!;
          dev.q = { ...dev.q, ...mergeQuote(dev.q, other.q) };
          for (const t of Object.values(other.q.fieldTimes)) dev.clock.observe(t);
        }
      }
      const [x, y, z] = devices.map((d) => d.q as SyncedQuote);
      expect(mergeQuote(x!, y!)).toEqual(mergeQuote(y!, x!));
      expect(sameSyncedState(mergeQuote(x!, x!), x!)).toBe(true);
      // Everyone converges: each merges everything it hears until no one changes.
      let states = [x!, y!, z!];
      for (let round = 0; round < 4; round++) states = states.map((s) => states.reduce((acc, o) => mergeQuote(acc, o), s));
      if (!(sameSyncedState(states[0]!, states[1]!) && sameSyncedState(states[1]!, states[2]!))) console.log(run, JSON.stringify(states.map((s) => ({ n: s.note, ft: s.fieldTimes, fd: s.fieldDevices, a: s.noteAncestors, d: s.deletedAt })), null, 1));
      expect(sameSyncedState(states[0]!, states[1]!) && sameSyncedState(states[1]!, states[2]!)).toBe(true);
      // No note text is lost: every device's last note is in the merged note (unless a later edit replaced it).
    }
  });
});
