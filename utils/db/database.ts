/**
 * The extension's IndexedDB, through Dexie. Opened only in the background and extension pages —
 * never in a content script, where it would open the web page's own IndexedDB.
 *
 * Corpus tables are replaced whole when the bundled corpus version changes; the user's tables
 * (savedQuotes) are never touched by seeding.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { CorpusDocument, Entity, Speaker, Statement, Topic } from '../corpus/types';
import type { SavedQuote } from '../collection/types';

/** A key/value row of the collection's own state (device id, sync status, write log, clock). */
export interface CollectionStateRow {
  key: string;
  value: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'verbatim';

export class VerbatimDatabase extends Dexie {
  statements!: EntityTable<Statement, 'id'>;
  documents!: EntityTable<CorpusDocument, 'id'>;
  speakers!: EntityTable<Speaker, 'id'>;
  entities!: EntityTable<Entity, 'id'>;
  topics!: EntityTable<Topic, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  savedQuotes!: EntityTable<SavedQuote, 'id'>;
  collectionState!: EntityTable<CollectionStateRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    // v1: corpus tables and the collection.
    this.version(1).stores({
      statements: 'id, documentId, speakerId, turn, order',
      documents: 'id, order',
      speakers: 'id',
      entities: 'id, type, *mentionedIn',
      topics: 'id, *statementIds',
      meta: 'key',
      savedQuotes: 'id, statementId, updatedAt',
    });
    // v2: the collection page filters by tag, speaker and document, and sorts by creation time.
    this.version(2)
      .stores({ savedQuotes: 'id, statementId, updatedAt, createdAt, deletedAt, speakerId, documentId, *tags' })
      .upgrade(async (tx) => {
        await tx
          .table('savedQuotes')
          .toCollection()
          .modify((q: Partial<SavedQuote>) => {
            q.tags ??= [];
            q.deletedAt ??= 0;
            q.createdAt ??= q.updatedAt ?? Date.now();
          });
      });
    // v3: saved quotes sync between browsers. Each synced field gets the device of its last edit (the merge's
    // tie-break), deletions get their own stamp, notes remember the versions they replaced; the collection's own
    // state (device id, sync status) gets a table apart from the corpus meta that seeding rewrites.
    this.version(3)
      .stores({ collectionState: 'key' })
      .upgrade(async (tx) => {
        await tx
          .table('savedQuotes')
          .toCollection()
          .modify((q: Record<string, unknown>) => upgradeQuoteToV3(q));
      });
  }
}

/** Brings a saved quote written by schema v1 or v2 to the v3 shape; exported for the migration tests. */
export function upgradeQuoteToV3(q: Record<string, unknown>): void {
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  const updatedAt = num(q.updatedAt, num(q.createdAt, Date.now()));
  const device = typeof q.deviceId === 'string' && /^[A-Za-z0-9_-]{1,32}$/.test(q.deviceId) ? q.deviceId : 'legacy';
  const times = (typeof q.fieldTimes === 'object' && q.fieldTimes !== null ? q.fieldTimes : {}) as Record<string, unknown>;
  const deletedAt = num(q.deletedAt, 0);
  q.deviceId = device;
  q.updatedAt = updatedAt;
  q.createdAt = num(q.createdAt, updatedAt);
  q.note = typeof q.note === 'string' ? q.note : '';
  q.tags = Array.isArray(q.tags) ? q.tags.filter((t) => typeof t === 'string') : [];
  q.span = Array.isArray(q.span) && q.span.length === 2 ? q.span : null;
  q.text = typeof q.text === 'string' ? q.text : '';
  q.speakerId = typeof q.speakerId === 'string' ? q.speakerId : null;
  q.documentId = typeof q.documentId === 'string' ? q.documentId : String(q.statementId ?? '').replace(/-[0-9a-z]+(?:-\d+)?$/, '');
  q.corpusVersion = typeof q.corpusVersion === 'string' ? q.corpusVersion : '';
  q.fieldTimes = {
    note: num(times.note, updatedAt),
    tags: num(times.tags, updatedAt),
    span: num(times.span, updatedAt),
    deleted: deletedAt > 0 ? deletedAt : 0,
  };
  q.fieldDevices = { note: device, tags: device, span: device, deleted: deletedAt > 0 ? device : '' };
  q.noteAncestors = Array.isArray(q.noteAncestors) ? q.noteAncestors : [];
  q.deletedAt = deletedAt;
}

export const CURRENT_SCHEMA_VERSION = 3;
