/**
 * The extension's IndexedDB, through Dexie. Opened only in the background and extension pages —
 * never in a content script, where it would open the web page's own IndexedDB.
 *
 * Corpus tables are replaced whole when the bundled corpus version changes; the user's tables
 * (savedQuotes) are never touched by seeding.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Corpus, CorpusDocument, Entity, Speaker, Statement, Topic } from '../corpus/types';
import type { SavedQuote } from '../collection/types';

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
  }
}

export const CURRENT_SCHEMA_VERSION = 2;
