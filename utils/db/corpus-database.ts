/**
 * The background's database connection as a small service: opens it, loads the bundled corpus, notices damage,
 * and keeps one user-facing `problem` (or null) that `corpus:status` reports and the popup shows.
 *
 * What it promises (tests/unit/db-faults.test.ts, tests/e2e/db-faults.e2e.ts):
 * - **blocked** (another connection holds an older version open): requests fail at once with "close other
 *   Verbatim tabs" instead of hanging; the open keeps waiting and succeeds as soon as the other side closes;
 * - **quota or any error while seeding**: the seeding transaction rolls back (old corpus and collection intact),
 *   the database stays usable for the collection, and the next request tries seeding again;
 * - **damaged corpus tables**: found on start (row-for-row check) or on a later `status()` (counts), repaired
 *   by reloading the bundled corpus, and reported; the collection is never touched;
 * - **cannot open at all**: `status()` still answers, with the problem; errors are logged, never swallowed,
 *   and the next request tries again.
 */
import type { Corpus } from '../corpus/types';
import type { VerbatimDatabase } from './database';
import { BLOCKED_MESSAGE, DatabaseProblem, classifyDbError, describeDbError, repairNotice } from './db-problems';
import { seedCorpus, type SeedResult } from './seed';

/**
 * How long a request waits for the database to open before answering with a problem. Opening takes
 * milliseconds and the first seeding well under a second (README, "Corpus"); 10 s only trips when the browser
 * never answers, and is short enough that the popup does not look dead.
 */
export const OPEN_TIMEOUT_MS = 10_000;

export interface StoredCounts {
  documents: number;
  speakers: number;
  statements: number;
  entities: number;
  topics: number;
  savedQuotes: number;
}

export interface DatabaseStatus {
  stored: StoredCounts;
  seed: SeedResult | null;
  problem: string | null;
}

export interface CorpusDatabaseOptions {
  corpus: Corpus;
  /** Creates the (unopened) connection: `() => new VerbatimDatabase()`. Called once. */
  connect: () => VerbatimDatabase;
  openTimeoutMs?: number;
  /** Where failures are logged (console.error); the user-facing text goes to `problem`. */
  log?: (message: string, error: unknown) => void;
}

const NOTHING_STORED: StoredCounts = { documents: 0, speakers: 0, statements: 0, entities: 0, topics: 0, savedQuotes: 0 };

/** Where the current problem came from: it is cleared by the step that fixes it (a repair notice stays). */
type ProblemSource = 'open' | 'blocked' | 'timeout' | 'seed' | 'repair';

export class CorpusDatabase {
  lastSeed: SeedResult | null = null;

  private readonly corpus: Corpus;
  private readonly connect: () => VerbatimDatabase;
  private readonly openTimeoutMs: number;
  private readonly log: (message: string, error: unknown) => void;
  private db: VerbatimDatabase | null = null;
  private opening: Promise<VerbatimDatabase> | null = null;
  private seeding: Promise<void> | null = null;
  private seeded = false;
  private blocked = false;
  private current: { source: ProblemSource; message: string } | null = null;
  /** Requests waiting for the open; rejected at once when it turns out to be blocked. */
  private readonly waiting = new Set<(problem: DatabaseProblem) => void>();

  constructor(options: CorpusDatabaseOptions) {
    this.corpus = options.corpus;
    this.connect = options.connect;
    this.openTimeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
    this.log = options.log ?? ((message, error) => console.error(message, error));
  }

  /** What the user must be told about the database now, or null. */
  get problem(): string | null {
    return this.current?.message ?? null;
  }

  /**
   * The open database with the corpus loaded (or, when loading failed, with `problem` saying so — the
   * collection tables still work). Rejects with a `DatabaseProblem` whose message is for the user.
   */
  async database(): Promise<VerbatimDatabase> {
    const db = await this.whenOpen();
    await this.ensureSeeded(db);
    return db;
  }

  /** Counts, the last seeding and the problem; never throws. Re-checks the counts, so damage done since start is repaired here. */
  async status(): Promise<DatabaseStatus> {
    try {
      const db = await this.database();
      let stored = await this.counts(db);
      // (Not when the load just failed: `database()` tried it already, and `problem` says so.)
      if (!this.countsMatch(stored) && (this.seeded || this.seeding)) {
        // Rows vanished or appeared while we were running (another page, a storage cleanup): check row by row and reload.
        // Two requests at once (the popup's own and another) share one repair, and both answer after it: the second
        // must not report the counts of a repair still under way.
        this.seeded = false;
        await this.ensureSeeded(db);
        stored = await this.counts(db);
      }
      return { stored, seed: this.lastSeed, problem: this.problem };
    } catch (error) {
      if (!(error instanceof DatabaseProblem)) {
        this.log('Verbatim: reading the corpus status failed', error);
        this.report('open', describeDbError(error, 'open'));
      }
      return { stored: { ...NOTHING_STORED }, seed: this.lastSeed, problem: this.problem ?? (error as Error).message };
    }
  }

  /** Closes the connection (tests; a later request opens it again). */
  close(): void {
    this.db?.close();
    this.opening = null;
    this.seeded = false;
  }

  private report(source: ProblemSource, message: string): void {
    this.current = { source, message };
  }

  private clear(...sources: ProblemSource[]): void {
    if (this.current && sources.includes(this.current.source)) this.current = null;
  }

  private connection(): VerbatimDatabase {
    if (!this.db) {
      const db = this.connect();
      db.on('blocked', () => {
        this.blocked = true;
        this.report('blocked', BLOCKED_MESSAGE);
        const problem = new DatabaseProblem(BLOCKED_MESSAGE, 'blocked');
        this.log('Verbatim: opening the database is blocked by another connection holding an older version', problem);
        for (const reject of [...this.waiting]) reject(problem);
      });
      this.db = db;
    }
    return this.db;
  }

  private open(): Promise<VerbatimDatabase> {
    const db = this.connection();
    return db.open().then(
      () => {
        this.blocked = false;
        this.clear('open', 'blocked', 'timeout');
        return db;
      },
      (error: unknown) => {
        this.opening = null;
        this.blocked = false;
        this.log('Verbatim: the database could not be opened', error);
        const message = describeDbError(error, 'open');
        this.report('open', message);
        throw new DatabaseProblem(message, classifyDbError(error), { cause: error });
      },
    );
  }

  /** The open promise, but failing at once while blocked and after `openTimeoutMs`, so no request hangs. */
  private whenOpen(): Promise<VerbatimDatabase> {
    const opening = (this.opening ??= this.open());
    if (this.blocked) return Promise.reject(new DatabaseProblem(BLOCKED_MESSAGE, 'blocked'));
    return new Promise((resolve, reject) => {
      const fail = (problem: DatabaseProblem) => reject(problem);
      this.waiting.add(fail);
      const timer = setTimeout(() => {
        const problem = new DatabaseProblem(describeDbError({ name: 'TimeoutError', message: `no answer within ${this.openTimeoutMs / 1000} s` }, 'open'), 'timeout');
        if (!this.current) this.report('timeout', problem.message);
        this.log('Verbatim: the database did not open in time', problem);
        fail(problem);
      }, this.openTimeoutMs);
      opening.then(resolve, reject).finally(() => {
        clearTimeout(timer);
        this.waiting.delete(fail);
      });
    });
  }

  private ensureSeeded(db: VerbatimDatabase): Promise<void> {
    if (this.seeded) return Promise.resolve();
    this.seeding ??= this.seed(db).finally(() => {
      this.seeding = null;
    });
    return this.seeding;
  }

  /** Loads the corpus if needed. Never throws: a failure becomes `problem`, and the next request tries again. */
  private async seed(db: VerbatimDatabase): Promise<void> {
    try {
      this.lastSeed = await seedCorpus(db, this.corpus, this.log);
      this.seeded = true;
      if (this.lastSeed.reason === 'repair') {
        this.log('Verbatim: the stored corpus was damaged and has been reloaded', this.lastSeed.damage);
        // Stays for this background's lifetime, so the popup can say what happened.
        this.report('repair', repairNotice(this.lastSeed.damage));
      } else {
        this.clear('seed');
      }
    } catch (error) {
      this.log('Verbatim: loading the corpus into the database failed', error);
      this.report('seed', describeDbError(error, 'seed'));
    }
  }
  private async counts(db: VerbatimDatabase): Promise<StoredCounts> {
    const [documents, speakers, statements, entities, topics, savedQuotes] = await Promise.all([
      db.documents.count(), db.speakers.count(), db.statements.count(), db.entities.count(), db.topics.count(), db.savedQuotes.count(),
    ]);
    return { documents, speakers, statements, entities, topics, savedQuotes };
  }

  private countsMatch(stored: StoredCounts): boolean {
    const c = this.corpus;
    return (
      stored.statements === c.statements.length && stored.documents === c.documents.length && stored.speakers === c.speakers.length &&
      stored.entities === c.entities.length && stored.topics === c.topics.length
    );
  }
}
