/**
 * Every schema version of the savedQuotes table upgrades to the current one with every quote intact.
 * Old versions are opened exactly as those releases declared them (copied here, never imported from the app).
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, VerbatimDatabase } from '../../utils/db/database';
import { seedCorpus } from '../../utils/db/seed';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../utils/corpus/types';
import { mergeQuote } from '../../utils/sync';
import type { SavedQuote } from '../../utils/collection/types';

const corpus = JSON.parse(readFileSync(join(__dirname, '../../generated/corpus.json'), 'utf8')) as Corpus;

/** Schema history as each release declared it. */
const V1 = {
  statements: 'id, documentId, speakerId, turn, order',
  documents: 'id, order',
  speakers: 'id',
  entities: 'id, type, *mentionedIn',
  topics: 'id, *statementIds',
  meta: 'key',
  savedQuotes: 'id, statementId, updatedAt',
};
const V2_SAVED = 'id, statementId, updatedAt, createdAt, deletedAt, speakerId, documentId, *tags';

/** A quote as v0.1.0 (schema v1/v2) wrote it: fieldTimes without `deleted`, no fieldDevices or noteAncestors. */
function legacyQuote(i: number, extra: Record<string, unknown> = {}) {
  return {
    id: `legacy${i}`,
    statementId: corpus.statements[i]!.id,
    span: i % 2 ? [0, 10] : null,
    text: corpus.statements[i]!.text,
    speakerId: corpus.statements[i]!.speakerId,
    documentId: corpus.statements[i]!.documentId,
    note: `note ${i} — ünïcode`,
    tags: ['old'],
    corpusVersion: 'old-corpus',
    createdAt: 1_720_000_000_000 + i,
    updatedAt: 1_720_000_100_000 + i,
    fieldTimes: { note: 1_720_000_100_000 + i, tags: 1_720_000_000_000, span: 1_720_000_000_000 },
    deviceId: 'olddevice',
    deletedAt: 0,
    ...extra,
  };
}

const names: string[] = [];
let n = 0;
function freshName(): string {
  const name = `migration-${++n}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function openCurrent(name: string) {
  const db = new VerbatimDatabase(name);
  await db.open();
  return db;
}

function expectV3(q: Record<string, unknown>, original: ReturnType<typeof legacyQuote>) {
  expect(q).toMatchObject({ id: original.id, statementId: original.statementId, note: original.note, tags: original.tags, text: original.text, createdAt: original.createdAt, deletedAt: original.deletedAt });
  expect(q.fieldTimes).toMatchObject({ ...original.fieldTimes, deleted: original.deletedAt });
  expect(q.fieldDevices).toEqual({ note: 'olddevice', tags: 'olddevice', span: 'olddevice', deleted: original.deletedAt ? 'olddevice' : '' });
  expect(q.noteAncestors).toEqual([]);
}

describe('savedQuotes migrations', () => {
  it(`the current schema is version ${CURRENT_SCHEMA_VERSION}`, async () => {
    const db = await openCurrent(freshName());
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toContain('collectionState');
    db.close();
  });

  it('v1 → current: every quote is kept and gets tags, timestamps, stamps (even ones v1 left out)', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores(V1);
    await old.open();
    const quotes = [legacyQuote(0), legacyQuote(1), legacyQuote(2)];
    const bare = { id: 'bare1', statementId: corpus.statements[3]!.id, text: 'saved words', note: 'minimal v1 row', updatedAt: 1_720_000_000_500 };
    await old.table('savedQuotes').bulkAdd([...quotes, bare]);
    old.close();

    const db = await openCurrent(name);
    const rows = await db.savedQuotes.toArray();
    expect(rows).toHaveLength(4);
    for (const q of quotes) expectV3(rows.find((r) => r.id === q.id) as unknown as Record<string, unknown>, q);
    const upgradedBare = rows.find((r) => r.id === 'bare1')!;
    expect(upgradedBare).toMatchObject({ note: 'minimal v1 row', tags: [], deletedAt: 0, createdAt: 1_720_000_000_500, span: null, speakerId: null, deviceId: 'legacy' });
    expect(upgradedBare.documentId).toBe(corpus.statements[3]!.documentId);
    // Upgraded quotes work with the sync merge.
    expect(mergeQuote(upgradedBare, upgradedBare).note).toBe('minimal v1 row');
    db.close();
  });

  it('v2 → current: quotes, tombstones and index queries survive', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores(V1);
    old.version(2).stores({ savedQuotes: V2_SAVED });
    await old.open();
    const quotes = [legacyQuote(5), legacyQuote(6, { deletedAt: 1_720_000_200_000 }), legacyQuote(7, { tags: ['x', 'y'] })];
    await old.table('savedQuotes').bulkAdd(quotes);
    old.close();

    const db = await openCurrent(name);
    const rows = await db.savedQuotes.toArray();
    expect(rows).toHaveLength(3);
    for (const q of quotes) expectV3(rows.find((r) => r.id === q.id) as unknown as Record<string, unknown>, q);
    expect(await db.savedQuotes.where('tags').equals('y').count()).toBe(1);
    expect(await db.savedQuotes.where('deletedAt').equals(0).count()).toBe(2);
    db.close();
  });

  it('seeding a new corpus version after the upgrade never touches saved quotes', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores(V1);
    old.version(2).stores({ savedQuotes: V2_SAVED });
    await old.open();
    await old.table('meta').put({ key: 'corpusVersion', value: 'old-corpus' });
    await old.table('savedQuotes').bulkAdd([legacyQuote(1), legacyQuote(2)]);
    old.close();
    const db = await openCurrent(name);
    const seeded = await seedCorpus(db, corpus);
    expect(seeded).toMatchObject({ seeded: true, reason: 'new-version' });
    expect(await db.savedQuotes.count()).toBe(2);
    db.close();
  });

  it('a database already at the current version opens unchanged', async () => {
    const name = freshName();
    const first = await openCurrent(name);
    await first.savedQuotes.add({ ...(legacyQuote(1) as unknown as SavedQuote), fieldTimes: { note: 1, tags: 1, span: 1, deleted: 0 }, fieldDevices: { note: 'd', tags: 'd', span: 'd', deleted: '' }, noteAncestors: [] });
    first.close();
    const again = await openCurrent(name);
    expect((await again.savedQuotes.get('legacy1'))!.fieldDevices.note).toBe('d');
    again.close();
  });
});
