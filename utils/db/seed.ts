/**
 * Loads the bundled corpus into the database in one transaction when its version differs from what is stored.
 * User tables are not part of the transaction: seeding can never touch the collection.
 */
import type { Corpus } from '../corpus/types';
import type { VerbatimDatabase } from './database';

export interface SeedResult {
  seeded: boolean;
  version: string;
  ms: number;
  /** Why the corpus was (re)loaded: first install, a new corpus version, or a damaged corpus table. */
  reason: 'fresh' | 'new-version' | 'repair' | 'current';
}

export async function seedCorpus(db: VerbatimDatabase, corpus: Corpus): Promise<SeedResult> {
  const started = performance.now();
  const stored = (await db.meta.get('corpusVersion'))?.value;
  let reason: SeedResult['reason'] = stored === undefined ? 'fresh' : stored !== corpus.version ? 'new-version' : 'current';
  if (reason === 'current') {
    const [statements, documents, speakers, entities, topics] = await Promise.all([
      db.statements.count(), db.documents.count(), db.speakers.count(), db.entities.count(), db.topics.count(),
    ]);
    const intact =
      statements === corpus.statements.length && documents === corpus.documents.length && speakers === corpus.speakers.length &&
      entities === corpus.entities.length && topics === corpus.topics.length;
    if (!intact) reason = 'repair';
  }
  if (reason === 'current') return { seeded: false, version: corpus.version, ms: performance.now() - started, reason };

  await db.transaction('rw', [db.statements, db.documents, db.speakers, db.entities, db.topics, db.meta], async () => {
    await Promise.all([db.statements.clear(), db.documents.clear(), db.speakers.clear(), db.entities.clear(), db.topics.clear()]);
    await db.statements.bulkAdd(corpus.statements);
    await db.documents.bulkAdd(corpus.documents);
    await db.speakers.bulkAdd(corpus.speakers);
    await db.entities.bulkAdd(corpus.entities);
    await db.topics.bulkAdd(corpus.topics);
    await db.meta.put({ key: 'corpusVersion', value: corpus.version });
    await db.meta.put({ key: 'seededAt', value: Date.now() });
  });
  return { seeded: true, version: corpus.version, ms: performance.now() - started, reason };
}
