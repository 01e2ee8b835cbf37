/** The storage.sync encoding: compact records, chunked long notes, and what a damaged area decodes to. */
import { describe, expect, it } from 'vitest';
import { createQuote, deleteQuote, editQuote } from '../../utils/collection/quote-edits';
import { decodeItems, encodeQuote, ITEM_BUDGET_BYTES, itemBytes, quoteKey, sameSyncedState, SYNC_LIMITS, utf8Length } from '../../utils/sync';

const T0 = Date.UTC(2024, 6, 10);
const statement = { id: 'meeting-recep-tayyip-erdogan-1abc2de', text: 'x'.repeat(400), speakerId: 'vladimir-putin', documentId: 'meeting-recep-tayyip-erdogan' };
const ctx = (time: number) => ({ deviceId: 'k3j9x2ab', time, corpusVersion: 'v1' });

describe('encoding', () => {
  it('round-trips a quote, sending only statement id, span, note, tags and stamps', () => {
    const q = editQuote(createQuote('a1b2c3d4e5f6', statement, { span: [10, 60], note: 'Erdoğan — “quoted”', tags: ['turkey', 'trade'] }, ctx(T0)), { note: 'Erdoğan — “quoted” \\ again' }, ctx(T0 + 5));
    const items = encodeQuote(q);
    expect(Object.keys(items)).toEqual([quoteKey(q.id)]);
    const json = JSON.stringify(items);
    expect(json).not.toContain('vladimir-putin'); // speaker, document, text and corpus version stay home
    expect(json).not.toContain('xxxx');
    const decoded = decodeItems(items);
    expect(decoded.problems).toEqual([]);
    expect(sameSyncedState(decoded.quotes.get(q.id)!, q)).toBe(true);
  });

  it('sends a deleted quote as a small bare tombstone', () => {
    const q = deleteQuote(createQuote('a1b2c3d4e5f6', statement, { note: 'secret' }, ctx(T0)), ctx(T0 + 9));
    const items = encodeQuote(q);
    const [key, value] = Object.entries(items)[0]!;
    expect(itemBytes(key, value)).toBeLessThan(80);
    const back = decodeItems(items).quotes.get(q.id)!;
    expect(back.deletedAt).toBe(T0 + 9);
    expect(back.statementId).toBe('');
    expect(JSON.stringify(items)).not.toContain('secret');
  });

  it('splits a long note into chunks that each fit the per-item quota, and joins them back exactly', () => {
    // Characters whose JSON form is longer than one byte: quotes, backslashes, newlines, Cyrillic, emoji.
    const note = Array.from({ length: 2600 }, (_, i) => `Путин "${i}" \\ 🇰🇿\n`).join('');
    const q = createQuote('longnote0001', statement, { note: note.slice(0, 20_000) }, ctx(T0));
    const items = encodeQuote(q);
    expect(Object.keys(items).length).toBeGreaterThan(2);
    for (const [k, v] of Object.entries(items)) expect(itemBytes(k, v)).toBeLessThanOrEqual(ITEM_BUDGET_BYTES);
    const decoded = decodeItems(items);
    expect(decoded.problems).toEqual([]);
    expect(decoded.quotes.get(q.id)!.note).toBe(q.note);
  });

  it('treats a chunk set that has not fully arrived as incomplete, not as damage, and keeps its chunks', () => {
    const q = createQuote('longnote0002', statement, { note: 'é'.repeat(19_000) }, ctx(T0));
    const items = encodeQuote(q);
    delete items[`${quoteKey(q.id)}#2`];
    const decoded = decodeItems(items);
    expect(decoded.quotes.size).toBe(0);
    expect(decoded.problems).toEqual([expect.objectContaining({ kind: 'incomplete' })]);
    expect(decoded.orphans).toEqual([]);
  });

  it('reports malformed items and items from a newer version, and ignores other keys', () => {
    const good = createQuote('goodquote001', statement, {}, ctx(T0));
    const items: Record<string, unknown> = {
      ...encodeQuote(good),
      'settings:theme': 'dark',
      'vq:broken1': 'not an object',
      'vq:broken2': { v: 1, s: 42, f: {} },
      'vq:broken3': { v: 1, s: 'x', c: 'zz', f: { n: 'not a stamp' } },
      'vq:future1': { v: 2, whatever: true },
      'vq:bad key!': { v: 1 },
      'vq:orphan1#1': 'piece',
    };
    const decoded = decodeItems(items);
    expect([...decoded.quotes.keys()]).toEqual([good.id]);
    expect(decoded.problems.filter((p) => p.kind === 'malformed').map((p) => p.key).sort()).toEqual(['vq:bad key!', 'vq:broken1', 'vq:broken2', 'vq:broken3']);
    expect(decoded.problems.filter((p) => p.kind === 'newer-version').map((p) => p.key)).toEqual(['vq:future1']);
    expect(decoded.orphans).toEqual(['vq:orphan1#1']);
  });

  it('measures bytes as the browser does (UTF-8 of key and JSON value)', () => {
    expect(utf8Length('aé€🇰')).toBe(1 + 2 + 3 + 4);
    expect(itemBytes('k', 'é')).toBe(1 + 4);
  });

  it('figures: bytes per quote and how many fit in the quota', () => {
    const plain = createQuote('a1b2c3d4e5f6', statement, {}, ctx(T0));
    const typical = editQuote(createQuote('a1b2c3d4e5f6', statement, { span: [120, 260], tags: ['sco', 'ukraine'] }, ctx(T0)), { note: 'Contrast with the Reuters wording; ask the desk.' }, ctx(T0 + 60_000));
    const size = (q: typeof plain) => Object.entries(encodeQuote(q)).reduce((s, [k, v]) => s + itemBytes(k, v), 0);
    const budget = SYNC_LIMITS.totalBytes - 2_048;
    console.log(`sync bytes: plain quote ${size(plain)}, typical quote with 47-char note and 2 tags ${size(typical)}; fit: ${Math.floor(budget / size(plain))} plain, ${Math.floor(budget / size(typical))} typical`);
    expect(size(plain)).toBeLessThan(160);
    expect(size(typical)).toBeLessThan(300);
  });
});
