/**
 * The background's one database connection and the bundled corpus. Opening or seeding failures are kept
 * as a user-facing `problem` (shown by the popup and pages), never swallowed.
 */
import corpusJson from '@/generated/corpus.json';
import type { Corpus } from '@/utils/corpus/types';
import { CorpusView } from '@/utils/corpus/corpus-view';
import { VerbatimDatabase, seedCorpus, type SeedResult } from '@/utils/db';

export const corpus = corpusJson as unknown as Corpus;
export const view = new CorpusView(corpus);

let db: VerbatimDatabase | null = null;
let ready: Promise<VerbatimDatabase> | null = null;
export let lastSeed: SeedResult | null = null;
export let problem: string | null = null;

export function describeDbError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const kind = `${name} ${inner}`;
  if (/QuotaExceeded/i.test(kind)) return 'Verbatim could not store the transcripts: the browser says the disk quota is full. Free some space; your saved quotes are untouched.';
  if (/Blocked|VersionChange/i.test(kind)) return 'Verbatim’s database is blocked by another open Verbatim page using an older version. Close other Verbatim tabs and try again.';
  if (/Corrupt|Data|Unknown|Constraint/i.test(kind)) return `Verbatim’s transcript tables were damaged (${name || 'error'}); they will be reloaded from the bundled corpus. Your saved quotes are kept.`;
  return `Verbatim could not open its database (${name || String(error)}).`;
}

/** Opens the database and makes sure the bundled corpus is loaded; retried on the next request after a failure. */
export function database(): Promise<VerbatimDatabase> {
  ready ??= (async () => {
    db ??= new VerbatimDatabase();
    db.on('blocked', () => {
      problem = describeDbError({ name: 'BlockedError' });
    });
    try {
      lastSeed = await seedCorpus(db, corpus);
      problem = null;
    } catch (error) {
      problem = describeDbError(error);
      console.error('Verbatim: seeding the corpus failed', error);
      // A damaged corpus table: drop only the corpus rows and try once more; the collection is never cleared.
      await db.meta.delete('corpusVersion').catch((e: unknown) => console.error('Verbatim: could not reset corpus version', e));
      lastSeed = await seedCorpus(db, corpus);
      problem = `${problem} Repaired: the transcripts were reloaded.`;
    }
    return db;
  })().catch((error: unknown) => {
    ready = null;
    problem = describeDbError(error);
    throw new Error(problem);
  });
  return ready;
}
