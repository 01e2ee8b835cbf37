/**
 * The background's one database connection and the bundled corpus. Opening, seeding and repair live in
 * utils/db/corpus-database.ts; failures become a user-facing `problem` (shown by the popup), never swallowed.
 */
import corpusJson from '@/generated/corpus.json';
import type { Corpus } from '@/utils/corpus/types';
import { CorpusView } from '@/utils/corpus/corpus-view';
import { CorpusDatabase, VerbatimDatabase, type DatabaseStatus } from '@/utils/db';

export const corpus = corpusJson as unknown as Corpus;
export const view = new CorpusView(corpus);

const service = new CorpusDatabase({ corpus, connect: () => new VerbatimDatabase() });

/**
 * The open database with the corpus loaded. Rejects with a `DatabaseProblem` (its message is for the user)
 * when it cannot be opened — at once while another Verbatim page blocks an upgrade — and tries again on the next call.
 */
export function database(): Promise<VerbatimDatabase> {
  return service.database();
}

/** Stored counts, the last seeding and the current problem; never throws. */
export function databaseStatus(): Promise<DatabaseStatus> {
  return service.status();
}
