/**
 * Loads the bundled corpus into the database in one transaction when its version differs from what is stored,
 * or when the stored copy is damaged. User tables are not part of the transaction: seeding can never touch the
 * collection, and a failed load (quota, an error half way) rolls back to the corpus stored before.
 */
import type { Corpus } from '../corpus/types';
import type { VerbatimDatabase } from './database';

export interface SeedResult {
  seeded: boolean;
  version: string;
  ms: number;
  /** Why the corpus was (re)loaded: first install, a new corpus version, or a damaged corpus table. */
  reason: 'fresh' | 'new-version' | 'repair' | 'current';
  /** With `repair`: what was wrong, per table. */
  damage?: CorpusDamage;
}

export const CORPUS_TABLES = ['statements', 'documents', 'speakers', 'entities', 'topics'] as const;
export type CorpusTable = (typeof CORPUS_TABLES)[number];

/** How a stored corpus table differs from the bundled one. */
export interface TableDamage {
  /** Rows of the bundled corpus that are not stored. */
  missing: number;
  /** Stored rows whose id the bundled corpus does not have (garbage, or rows of another version). */
  unexpected: number;
  /** Stored rows with a bundled id but other contents. */
  altered: number;
  /** Reading the table failed (the error is logged). */
  unreadable?: boolean;
}
export type CorpusDamage = Partial<Record<CorpusTable, TableDamage>>;

/** Each corpus row serialised once per corpus object, so checking a stored copy costs one read and one compare per row. */
const expectedRows = new WeakMap<Corpus, Record<CorpusTable, Map<string, string>>>();

function expected(corpus: Corpus): Record<CorpusTable, Map<string, string>> {
  let rows = expectedRows.get(corpus);
  if (!rows) {
    const index = (list: Array<{ id: string }>) => new Map(list.map((row) => [row.id, JSON.stringify(row)]));
    rows = {
      statements: index(corpus.statements),
      documents: index(corpus.documents),
      speakers: index(corpus.speakers),
      entities: index(corpus.entities),
      topics: index(corpus.topics),
    };
    expectedRows.set(corpus, rows);
  }
  return rows;
}

/**
 * Compares every stored corpus row with the bundled corpus: missing rows, unknown rows, rows with other contents.
 * Row for row rather than by counts, because garbage written over existing ids keeps the counts right. The
 * corpus is small (≈ 430 rows, 200 kB), so this takes a few milliseconds and runs once per background start.
 * IndexedDB's structured clone keeps property order, so the JSON of an untouched row equals the bundled one.
 *
 * Returns null when the stored corpus is intact.
 */
export async function inspectCorpus(db: VerbatimDatabase, corpus: Corpus, log: (message: string, error: unknown) => void = console.error): Promise<CorpusDamage | null> {
  const want = expected(corpus);
  const damage: CorpusDamage = {};
  await Promise.all(
    CORPUS_TABLES.map(async (table) => {
      let stored: unknown[];
      try {
        stored = await db.table(table).toArray();
      } catch (error) {
        log(`Verbatim: the corpus table "${table}" cannot be read`, error);
        damage[table] = { missing: want[table].size, unexpected: 0, altered: 0, unreadable: true };
        return;
      }
      const d: TableDamage = { missing: 0, unexpected: 0, altered: 0 };
      const seen = new Set<string>();
      for (const row of stored) {
        const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
        const json = typeof id === 'string' ? want[table].get(id) : undefined;
        if (json === undefined || typeof id !== 'string') d.unexpected++;
        else {
          seen.add(id);
          if (JSON.stringify(row) !== json) d.altered++;
        }
      }
      d.missing = want[table].size - seen.size;
      if (d.missing || d.unexpected || d.altered) damage[table] = d;
    }),
  );
  return Object.keys(damage).length ? damage : null;
}

export async function seedCorpus(db: VerbatimDatabase, corpus: Corpus, log?: (message: string, error: unknown) => void): Promise<SeedResult> {
  const started = performance.now();
  let stored: unknown;
  try {
    stored = (await db.meta.get('corpusVersion'))?.value;
  } catch (error) {
    // The meta row itself is unreadable: reload everything; the collection is in other tables.
    (log ?? console.error)('Verbatim: the corpus version cannot be read', error);
    stored = undefined;
  }
  let reason: SeedResult['reason'] = stored === undefined ? 'fresh' : stored !== corpus.version ? 'new-version' : 'current';
  let damage: CorpusDamage | undefined;
  if (reason === 'current') {
    damage = (await inspectCorpus(db, corpus, log)) ?? undefined;
    if (damage) reason = 'repair';
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
  return { seeded: true, version: corpus.version, ms: performance.now() - started, reason, ...(damage ? { damage } : {}) };
}
