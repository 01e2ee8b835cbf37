/** The collection in Dexie (fake-indexeddb): save, edit, delete with undo, list with missing statements, sync side. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusView } from '../../utils/corpus/corpus-view';
import type { Corpus } from '../../utils/corpus/types';
import { VerbatimDatabase } from '../../utils/db/database';
import { CollectionStore, lookupFromView, type CorpusLookup } from '../../utils/collection';

const corpus = JSON.parse(readFileSync(join(__dirname, '../../generated/corpus.json'), 'utf8')) as Corpus;
const lookup = lookupFromView(new CorpusView(corpus));
const putinStatement = corpus.statements.find((s) => s.speakerId === 'vladimir-putin' && s.text.length > 80)!;

let db: VerbatimDatabase;
let store: CollectionStore;
let changes = 0;
let n = 0;

beforeEach(async () => {
  db = new VerbatimDatabase(`collection-store-${++n}`);
  changes = 0;
  store = await CollectionStore.open(db, lookup, { onChange: () => changes++ });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('saving', () => {
  it('saves a statement with the corpus version, its words, speaker and document', async () => {
    const q = await store.save({ statementId: putinStatement.id, span: [0, 40], note: '  check this  ', tags: ['Ukraine', ' ukraine ', 'talks'] });
    expect(q).toMatchObject({
      statementId: putinStatement.id,
      text: putinStatement.text.slice(0, 40),
      speakerId: 'vladimir-putin',
      documentId: putinStatement.documentId,
      note: 'check this',
      tags: ['Ukraine', 'talks'],
      corpusVersion: corpus.version,
      deletedAt: 0,
    });
    expect(changes).toBe(1);
    expect(await db.savedQuotes.count()).toBe(1);
  });

  it('saving the same words twice does not duplicate; the new note and tags are added', async () => {
    const a = await store.save({ statementId: putinStatement.id, note: 'one', tags: ['a'] });
    const b = await store.save({ statementId: putinStatement.id, note: 'two', tags: ['b'] });
    expect(b.id).toBe(a.id);
    expect(b.note).toBe('one\n\ntwo');
    expect(b.tags).toEqual(['a', 'b']);
    expect(await db.savedQuotes.count()).toBe(1);
  });

  it('refuses unknown statements and spans outside the statement, writing nothing', async () => {
    await expect(store.save({ statementId: 'no-such-statement' })).rejects.toThrow(/not in the transcripts/);
    await expect(store.save({ statementId: putinStatement.id, span: [0, 99_999] })).rejects.toThrow(/not within the statement/);
    expect(await db.savedQuotes.count()).toBe(0);
  });
});

describe('editing, deleting, undo', () => {
  it('edits note and tags with fresh field stamps', async () => {
    const q = await store.save({ statementId: putinStatement.id });
    const e = await store.update(q.id, { note: 'new note', tags: ['x'] });
    expect(e.note).toBe('new note');
    expect(e.fieldTimes.note).toBeGreaterThan(q.fieldTimes.note);
    expect(e.fieldDevices.note).toBe(store.deviceId);
    expect(e.noteAncestors).toHaveLength(1);
  });

  it('deletes as a tombstone (hidden from the list) and undo brings it back intact', async () => {
    const q = await store.save({ statementId: putinStatement.id, note: 'keep me' });
    const deleted = await store.remove([q.id, 'unknown-id']);
    expect(deleted).toEqual([q.id]);
    expect(await store.list()).toHaveLength(0);
    expect((await db.savedQuotes.get(q.id))!.deletedAt).toBeGreaterThan(0);
    await expect(store.update(q.id, { note: 'x' })).rejects.toThrow(/deleted/);
    expect(await store.undoDelete(deleted)).toBe(1);
    const [back] = await store.list();
    expect(back).toMatchObject({ id: q.id, note: 'keep me', deletedAt: 0 });
  });
});

describe('corpus updates', () => {
  it('a quote whose statement left the corpus is listed with its saved text, flagged', async () => {
    const q = await store.save({ statementId: putinStatement.id, span: [0, 30] });
    const shrunk: CorpusLookup = { ...lookup, version: 'next', statement: (id) => (id === putinStatement.id ? undefined : lookup.statement(id)) };
    const later = await CollectionStore.open(db, shrunk);
    const [item] = await later.list();
    expect(item).toMatchObject({ id: q.id, statementMissing: true, text: putinStatement.text.slice(0, 30), speakerName: 'Vladimir Putin' });
    await expect(later.update(q.id, { span: [0, 10] })).rejects.toThrow(/no longer in the transcripts/);
    // Notes can still be edited.
    expect((await later.update(q.id, { note: 'still editable' })).note).toBe('still editable');
  });
});

describe('sync side', () => {
  it('fills in words, speaker and document of a quote first seen through sync, from this corpus', async () => {
    const t = Date.now();
    await store.applyMerged(
      [
        {
          id: 'remote000001',
          statementId: putinStatement.id,
          span: [5, 25],
          note: 'from the laptop',
          tags: [],
          createdAt: t,
          fieldTimes: { note: t, tags: t, span: t, deleted: 0 },
          fieldDevices: { note: 'laptop', tags: 'laptop', span: 'laptop', deleted: '' },
          noteAncestors: [],
          deletedAt: 0,
        },
      ],
      [],
    );
    const [item] = await store.list();
    expect(item).toMatchObject({ id: 'remote000001', text: putinStatement.text.slice(5, 25), speakerId: 'vladimir-putin', documentId: putinStatement.documentId, statementMissing: false });
  });

  it('never overwrites a local edit made while a sync was running', async () => {
    const q = await store.save({ statementId: putinStatement.id, note: 'before' });
    const snapshot = (await store.all())[0]!;
    await store.update(q.id, { note: 'typed during the sync' });
    await store.applyMerged([snapshot], []);
    expect((await store.list())[0]!.note).toBe('typed during the sync');
  });

  it('keeps the device id and moves the clock past stored times across restarts', async () => {
    const q = await store.save({ statementId: putinStatement.id });
    const again = await CollectionStore.open(db, lookup, { wall: () => 0 });
    expect(again.deviceId).toBe(store.deviceId);
    expect(again.clock.now()).toBeGreaterThan(q.fieldTimes.note);
  });
});
