/**
 * Seeding the corpus into IndexedDB (fake-indexeddb, set up in vitest.config.ts) with the compiled corpus
 * the extension bundles (generated/corpus.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { SavedQuote } from '../../utils/collection/types';
import type { Corpus } from '../../utils/corpus/types';
import { seedCorpus, VerbatimDatabase } from '../../utils/db';

const COMPILED: Corpus = JSON.parse(readFileSync(join(process.cwd(), 'generated/corpus.json'), 'utf8')) as Corpus;

/** A fresh deep copy, so no test can change another's corpus. */
function compiled(): Corpus {
  return structuredClone(COMPILED);
}

/** The compiled corpus as a later build would ship it: another version, one statement dropped, one changed. */
function nextVersion(): Corpus {
  const next = compiled();
  next.version = `${COMPILED.version}-next`;
  next.statements = next.statements.slice(1);
  const changed = next.statements[0] as (typeof next.statements)[number];
  next.statements[0] = { ...changed, text: `${changed.text} (corrected)` };
  next.documents = next.documents.map((d) => (d.id === 'overview' ? { ...d, title: 'Overview, renamed' } : d));
  return next;
}

const opened: VerbatimDatabase[] = [];
let counter = 0;

/** A database with a name no other test uses. */
function freshDatabase(): VerbatimDatabase {
  const db = new VerbatimDatabase(`verbatim-seed-test-${process.pid}-${Date.now()}-${counter++}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Checks that the corpus tables hold exactly `corpus`, row for row. */
async function expectHolds(db: VerbatimDatabase, corpus: Corpus): Promise<void> {
  expect(await db.statements.count()).toBe(corpus.statements.length);
  expect(await db.documents.count()).toBe(corpus.documents.length);
  expect(await db.speakers.count()).toBe(corpus.speakers.length);
  expect(await db.entities.count()).toBe(corpus.entities.length);
  expect(await db.topics.count()).toBe(corpus.topics.length);
  expect(new Set(await db.statements.toCollection().primaryKeys())).toEqual(new Set(corpus.statements.map((s) => s.id)));
  expect(await db.statements.orderBy('order').toArray()).toEqual(corpus.statements);
  expect(await db.documents.orderBy('order').toArray()).toEqual(corpus.documents);
  expect(byId(await db.speakers.toArray())).toEqual(byId(corpus.speakers));
  expect(byId(await db.entities.toArray())).toEqual(byId(corpus.entities));
  expect(byId(await db.topics.toArray())).toEqual(byId(corpus.topics));
  expect((await db.meta.get('corpusVersion'))?.value).toBe(corpus.version);
}

function savedQuote(corpus: Corpus): SavedQuote {
  const statement = corpus.statements.find((s) => s.speakerId === 'vladimir-putin' && s.kind === 'answer');
  if (!statement) throw new Error('no answer by Putin in the corpus');
  return {
    id: 'quote-1',
    statementId: statement.id,
    span: [0, 20],
    note: 'Checked against the transcript.',
    tags: ['press-conference', 'ukraine'],
    createdAt: 1_720_000_000_000,
    fieldTimes: { note: 1_720_000_000_001, tags: 1_720_000_000_002, span: 1_720_000_000_003, deleted: 0 },
    fieldDevices: { note: 'device-a', tags: 'device-a', span: 'device-a', deleted: '' },
    noteAncestors: [],
    deletedAt: 0,
    text: statement.text.slice(0, 20),
    speakerId: statement.speakerId,
    documentId: statement.documentId,
    corpusVersion: corpus.version,
    updatedAt: 1_720_000_000_003,
    deviceId: 'device-a',
  };
}

describe('seedCorpus', () => {
  it('the compiled corpus is the real one: 10 documents and 20 speakers', () => {
    expect(COMPILED.documents).toHaveLength(10);
    expect(COMPILED.speakers).toHaveLength(20);
    expect(COMPILED.statements.length).toBeGreaterThan(200);
  });

  it('stores exactly the compiled corpus in an empty database', async () => {
    const db = freshDatabase();
    const result = await seedCorpus(db, compiled());
    expect(result).toMatchObject({ seeded: true, version: COMPILED.version, reason: 'fresh' });
    expect(result.ms).toBeGreaterThanOrEqual(0);
    await expectHolds(db, COMPILED);
    expect(await db.savedQuotes.count()).toBe(0);
  });

  it('serves the indexes the features query: by speaker, document, entity, topic', async () => {
    const db = freshDatabase();
    await seedCorpus(db, compiled());
    const bySpeaker = await db.statements.where('speakerId').equals('xi-jinping').sortBy('order');
    expect(bySpeaker.map((s) => s.id)).toEqual(COMPILED.statements.filter((s) => s.speakerId === 'xi-jinping').map((s) => s.id));
    const byDocument = await db.statements.where('documentId').equals('meeting-ilham-aliyev').count();
    expect(byDocument).toBe(COMPILED.statements.filter((s) => s.documentId === 'meeting-ilham-aliyev').length);
    const statementId = COMPILED.statements.find((s) => s.speakerId === 'recep-tayyip-erdogan')?.id ?? '';
    const mentioned = await db.entities.where('mentionedIn').equals(statementId).toArray();
    expect(mentioned.map((e) => e.id).sort()).toEqual(COMPILED.entities.filter((e) => e.mentionedIn.includes(statementId)).map((e) => e.id).sort());
    const topics = await db.topics.where('statementIds').equals(statementId).toArray();
    expect(topics.map((t) => t.id).sort()).toEqual(COMPILED.topics.filter((t) => t.statementIds.includes(statementId)).map((t) => t.id).sort());
  });

  it('does nothing when the same version is seeded again', async () => {
    const db = freshDatabase();
    await seedCorpus(db, compiled());
    const seededAt = (await db.meta.get('seededAt'))?.value;
    const again = await seedCorpus(db, compiled());
    expect(again).toMatchObject({ seeded: false, version: COMPILED.version, reason: 'current' });
    expect((await db.meta.get('seededAt'))?.value).toBe(seededAt);
    await expectHolds(db, COMPILED);
  });

  it('replaces the corpus tables for a new version and leaves saved quotes untouched', async () => {
    const db = freshDatabase();
    await seedCorpus(db, compiled());
    const quote = savedQuote(COMPILED);
    await db.savedQuotes.put(quote);
    const before = await db.savedQuotes.get(quote.id);
    expect(before).toEqual(quote);

    const next = nextVersion();
    const result = await seedCorpus(db, next);
    expect(result).toMatchObject({ seeded: true, version: next.version, reason: 'new-version' });
    await expectHolds(db, next);
    expect(await db.statements.get(COMPILED.statements[0]?.id ?? '')).toBeUndefined();
    expect(await db.savedQuotes.toArray()).toEqual([before]);
  });

  it('keeps a saved quote whose statement the new corpus dropped', async () => {
    const db = freshDatabase();
    await seedCorpus(db, compiled());
    const dropped = COMPILED.statements[0];
    if (!dropped) throw new Error('empty corpus');
    const quote: SavedQuote = { ...savedQuote(COMPILED), id: 'quote-dropped', statementId: dropped.id, text: dropped.text, speakerId: dropped.speakerId, documentId: dropped.documentId };
    await db.savedQuotes.put(quote);
    await seedCorpus(db, nextVersion());
    expect(await db.savedQuotes.get('quote-dropped')).toEqual(quote);
  });

  it('repairs a damaged statements table on the next seed', async () => {
    const db = freshDatabase();
    await seedCorpus(db, compiled());
    await db.savedQuotes.put(savedQuote(COMPILED));
    const doomed = COMPILED.statements.filter((_, i) => i % 10 === 3).map((s) => s.id);
    await db.statements.bulkDelete(doomed);
    expect(await db.statements.count()).toBe(COMPILED.statements.length - doomed.length);

    const result = await seedCorpus(db, compiled());
    expect(result).toMatchObject({ seeded: true, version: COMPILED.version, reason: 'repair' });
    await expectHolds(db, COMPILED);
    expect(await db.savedQuotes.toArray()).toEqual([savedQuote(COMPILED)]);
  });

  it('repairs other damaged corpus tables too (speakers deleted)', async () => {
    const db = freshDatabase();
    await seedCorpus(db, compiled());
    await db.speakers.bulkDelete(['xi-jinping', 'anton-vernitsky']);
    const result = await seedCorpus(db, compiled());
    expect(result.reason).toBe('repair');
    await expectHolds(db, COMPILED);
  });

  it('loads the corpus in one transaction: a failed load leaves the previous corpus whole', async () => {
    const db = freshDatabase();
    await seedCorpus(db, compiled());
    const broken = nextVersion();
    // A duplicate primary key makes bulkAdd fail half way through the load.
    broken.statements.push({ ...(broken.statements[5] as (typeof broken.statements)[number]) });
    await expect(seedCorpus(db, broken)).rejects.toThrow();
    await expectHolds(db, COMPILED);
  });
});
