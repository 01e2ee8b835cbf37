/**
 * IndexedDB faults (issue 8): blocked by another open version, quota exceeded during seeding, corrupt corpus
 * tables, a database that cannot be opened. Each through the background's service (utils/db/corpus-database.ts)
 * on fake-indexeddb (vitest.config.ts), with the compiled corpus the extension bundles. The real-browser side of
 * the corrupt-table case is tests/e2e/db-faults.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie, { type Table } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedQuote } from '../../utils/collection/types';
import type { Corpus } from '../../utils/corpus/types';
import {
  BLOCKED_MESSAGE,
  CorpusDatabase,
  DatabaseProblem,
  classifyDbError,
  describeDbError,
  repairNotice,
  seedCorpus,
  VerbatimDatabase,
} from '../../utils/db';

const COMPILED = JSON.parse(readFileSync(join(process.cwd(), 'generated/corpus.json'), 'utf8')) as Corpus;

/** The compiled corpus as the next release would ship it: another version, one statement changed. */
function nextVersion(): Corpus {
  const next = structuredClone(COMPILED);
  next.version = `${COMPILED.version}-next`;
  const first = next.statements[0]!;
  next.statements[0] = { ...first, text: `${first.text} (corrected)` };
  return next;
}

/** Schema v1 exactly as release 0.1.0 declared it (copied, as in db-migrations.test.ts). */
const V1 = {
  statements: 'id, documentId, speakerId, turn, order',
  documents: 'id, order',
  speakers: 'id',
  entities: 'id, type, *mentionedIn',
  topics: 'id, *statementIds',
  meta: 'key',
  savedQuotes: 'id, statementId, updatedAt',
};

function savedQuote(id = 'quote-1'): SavedQuote {
  const statement = COMPILED.statements.find((s) => s.speakerId === 'vladimir-putin')!;
  return {
    id,
    statementId: statement.id,
    span: [0, 20],
    note: 'Checked against the transcript.',
    tags: ['ukraine'],
    createdAt: 1_720_000_000_000,
    fieldTimes: { note: 1_720_000_000_001, tags: 1_720_000_000_002, span: 1_720_000_000_003, deleted: 0 },
    fieldDevices: { note: 'device-a', tags: 'device-a', span: 'device-a', deleted: '' },
    noteAncestors: [],
    deletedAt: 0,
    text: statement.text.slice(0, 20),
    speakerId: statement.speakerId,
    documentId: statement.documentId,
    corpusVersion: COMPILED.version,
    updatedAt: 1_720_000_000_003,
    deviceId: 'device-a',
  };
}

const counts = (c: Corpus) => ({ documents: c.documents.length, speakers: c.speakers.length, statements: c.statements.length, entities: c.entities.length, topics: c.topics.length });

/** Checks that the corpus tables hold exactly `corpus`, row for row. */
async function expectHolds(db: VerbatimDatabase, corpus: Corpus): Promise<void> {
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  expect(byId(await db.statements.toArray())).toEqual(byId(corpus.statements));
  expect(byId(await db.documents.toArray())).toEqual(byId(corpus.documents));
  expect(byId(await db.speakers.toArray())).toEqual(byId(corpus.speakers));
  expect(byId(await db.entities.toArray())).toEqual(byId(corpus.entities));
  expect(byId(await db.topics.toArray())).toEqual(byId(corpus.topics));
  expect((await db.meta.get('corpusVersion'))?.value).toBe(corpus.version);
}

const names: string[] = [];
const cleanups: Array<() => void | Promise<void>> = [];
let n = 0;
function freshName(): string {
  const name = `db-faults-${process.pid}-${++n}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** The background's service on database `name`; `log` records what would go to console.error. */
function service(name: string, options: { corpus?: Corpus; openTimeoutMs?: number; connect?: () => VerbatimDatabase } = {}) {
  const log = vi.fn<(message: string, error: unknown) => void>();
  const s = new CorpusDatabase({ corpus: options.corpus ?? COMPILED, connect: options.connect ?? (() => new VerbatimDatabase(name)), log, openTimeoutMs: options.openTimeoutMs });
  cleanups.push(() => s.close());
  return { s, log };
}

/** A database at the current schema with `corpus` seeded and one saved quote; closed again. */
async function installed(name: string, corpus: Corpus = COMPILED): Promise<void> {
  const db = new VerbatimDatabase(name);
  await seedCorpus(db, corpus);
  await db.savedQuotes.put(savedQuote());
  db.close();
}

/** Settles within `ms` or fails: the point of the blocked and timeout cases is that nothing hangs. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

describe('db problems: errors turned into user messages', () => {
  it('finds a quota error however Dexie wraps it', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(classifyDbError(quota)).toBe('quota');
    expect(classifyDbError(new Dexie.AbortError('Transaction aborted', quota))).toBe('quota');
    expect(classifyDbError(new Dexie.BulkError('1 of 227 operations failed', [quota]))).toBe('quota');
    expect(classifyDbError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
  });

  it('tells corrupt stores from an unavailable API', () => {
    expect(classifyDbError(new Dexie.OpenFailedError(new DOMException('Internal error opening backing store', 'UnknownError')))).toBe('corrupt');
    expect(classifyDbError(new DOMException('bad value', 'DataError'))).toBe('corrupt');
    expect(classifyDbError(new Dexie.MissingAPIError('IndexedDB API missing'))).toBe('unavailable');
    expect(classifyDbError(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'))).toBe('unavailable');
    expect(classifyDbError('a string')).toBe('unavailable');
    expect(classifyDbError(null)).toBe('unavailable');
  });

  it('every message names the cause, says what happened to saved quotes, and stays short enough for the popup', () => {
    const cases: Array<[unknown, 'open' | 'seed', RegExp]> = [
      [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'seed', /storage is full.*Nothing was changed.*saved quotes are intact/],
      [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'open', /storage is full.*saved quotes are kept/],
      [new Dexie.OpenFailedError(new DOMException('Internal error', 'UnknownError')), 'open', /could not be read \(UnknownError: Internal error\)\. .*saved quotes are unavailable/],
      [new DOMException('nope', 'InvalidStateError'), 'open', /could not open its database \(InvalidStateError: nope\)/],
      [{ name: 'BlockedError' }, 'open', /Close other Verbatim tabs/],
      [{ name: 'TimeoutError', message: 'no answer within 10 s' }, 'open', /did not answer \(TimeoutError: no answer within 10 s\)/],
    ];
    for (const [error, phase, pattern] of cases) {
      const message = describeDbError(error, phase);
      expect(message).toMatch(pattern);
      expect(message.length).toBeLessThan(400);
    }
    const long = describeDbError(new Dexie.BulkError('x'.repeat(1000), []), 'seed');
    expect(long.length).toBeLessThan(400);
  });

  it('a repair notice lists what was wrong with each table', () => {
    expect(repairNotice({ statements: { missing: 10, unexpected: 2, altered: 0 }, speakers: { missing: 0, unexpected: 0, altered: 1 } })).toBe(
      'Verbatim found its stored copy of the transcripts damaged (statements: 10 missing, 2 unexpected rows; speakers: 1 altered row) and reloaded it from the copy bundled with the extension. Your saved quotes were not touched.',
    );
    expect(repairNotice({ topics: { missing: 17, unexpected: 0, altered: 0, unreadable: true } })).toContain('topics: unreadable');
  });
});

describe('blocked by another open version', () => {
  it('answers "close other Verbatim tabs" at once instead of hanging, and opens as soon as the other tab closes', async () => {
    const name = freshName();
    // Release 0.1.0 (schema v1) created the database and saved a quote …
    const old = new Dexie(name);
    old.version(1).stores(V1);
    await old.table('savedQuotes').put({ id: 'old-quote', statementId: COMPILED.statements[3]!.id, text: 'saved words', note: 'from 0.1.0', updatedAt: 1_720_000_000_500 });
    old.close();
    // … and one of its pages still holds that version open, ignoring versionchange (raw IndexedDB, as a stale page would).
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    let holderOpen = true;
    cleanups.push(() => {
      if (holderOpen) holder.close();
    });

    const { s, log } = service(name);
    await expect(within(2_000, s.database())).rejects.toThrow(DatabaseProblem);
    await expect(within(2_000, s.database())).rejects.toThrow(/Close other Verbatim tabs/);
    const blocked = await within(2_000, s.status());
    expect(blocked.problem).toBe(BLOCKED_MESSAGE);
    expect(blocked.stored.statements).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('blocked'), expect.any(DatabaseProblem));

    holder.close();
    holderOpen = false;
    await vi.waitFor(async () => expect((await s.status()).problem).toBeNull(), { timeout: 5_000, interval: 20 });
    const status = await s.status();
    expect(status.stored).toEqual({ ...counts(COMPILED), savedQuotes: 1 });
    expect(status.seed).toMatchObject({ seeded: true, reason: 'fresh' });
    const db = await s.database();
    expect(db.verno).toBe(3);
    expect(await db.savedQuotes.get('old-quote')).toMatchObject({ note: 'from 0.1.0', text: 'saved words', deviceId: 'legacy' });
  });
});

describe('quota exceeded during seeding', () => {
  /** A connection whose next bulkAdd into `statements` writes part of the rows, then hits the quota. */
  function connectWithQuota(name: string, failures: { left: number }) {
    return () => {
      const db = new VerbatimDatabase(name);
      const table = db.Table.prototype as Table;
      const original = table.bulkAdd;
      vi.spyOn(table, 'bulkAdd').mockImplementation(async function (this: Table, ...args: Parameters<Table['bulkAdd']>) {
        if (this.name === 'statements' && failures.left > 0) {
          failures.left--;
          const rows = args[0] as unknown[];
          await original.call(this, rows.slice(0, Math.floor(rows.length / 2)));
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      } as Table['bulkAdd']);
      return db;
    };
  }

  it('rolls back to the old corpus, keeps the collection, says so, and succeeds on a later request', async () => {
    const name = freshName();
    await installed(name, COMPILED);
    const next = nextVersion();
    const { s, log } = service(name, { corpus: next, connect: connectWithQuota(name, { left: 1 }) });

    const failed = await s.status();
    expect(failed.problem).toMatch(/storage is full \(QuotaExceededError: The quota has been exceeded\.\)/);
    expect(failed.problem).toMatch(/Nothing was changed — the transcripts stored before and your saved quotes are intact/);
    // The half-written load was rolled back: the previous release's corpus is there whole, with its version.
    expect(failed.stored).toEqual({ ...counts(COMPILED), savedQuotes: 1 });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('loading the corpus'), expect.anything());
    // Looked at from another connection, so the service does not retry yet.
    const check = new VerbatimDatabase(name);
    cleanups.push(() => check.close());
    await expectHolds(check, COMPILED);
    expect(await check.savedQuotes.toArray()).toEqual([savedQuote()]);

    // The next request tries again; this time there is room.
    const retried = await s.status();
    const db = await s.database();
    expect(retried.problem).toBeNull();
    expect(retried.seed).toMatchObject({ seeded: true, reason: 'new-version', version: next.version });
    await expectHolds(db, next);
    expect(await db.savedQuotes.toArray()).toEqual([savedQuote()]);
  });

  it('on a first install the collection still works while the corpus could not be stored', async () => {
    const name = freshName();
    const { s } = service(name, { connect: connectWithQuota(name, { left: 2 }) });
    const failed = await s.status();
    expect(failed.problem).toMatch(/storage is full/);
    expect(failed.stored).toEqual({ documents: 0, speakers: 0, statements: 0, entities: 0, topics: 0, savedQuotes: 0 });
    const db = await s.database(); // retries seeding, fails again, and still hands out the database
    expect(s.problem).toMatch(/storage is full/);
    await db.savedQuotes.put(savedQuote());
    expect(await db.statements.count()).toBe(0);
    expect((await s.status()).stored).toEqual({ ...counts(COMPILED), savedQuotes: 1 });
    expect(s.problem).toBeNull();
  });
});

describe('a corrupt corpus table', () => {
  /** Another connection (a page, an extension bug, a disk fault) damages the corpus tables behind the background's back. */
  async function damage(name: string): Promise<void> {
    const other = new Dexie(name);
    await other.open(); // whatever schema is there
    const statements = other.table('statements');
    const doomed = COMPILED.statements.filter((_, i) => i % 20 === 7).map((s) => s.id);
    await statements.bulkDelete(doomed);
    // As many garbage rows as were deleted, so the counts alone look right.
    await statements.bulkAdd(doomed.map((_, i) => ({ id: `garbage-${i}`, text: 42, documentId: null })));
    await other.table('speakers').put({ id: 'vladimir-putin', name: '<img src=x onerror=alert(1)>' });
    other.close();
  }

  it('is found on the next start, reloaded from the bundled corpus, reported, and the collection is kept', async () => {
    const name = freshName();
    await installed(name);
    await damage(name);

    const { s, log } = service(name); // the background starting again
    const status = await s.status();
    const doomed = COMPILED.statements.filter((_, i) => i % 20 === 7).length;
    expect(status.stored).toEqual({ ...counts(COMPILED), savedQuotes: 1 });
    expect(status.seed).toMatchObject({
      seeded: true,
      reason: 'repair',
      damage: { statements: { missing: doomed, unexpected: doomed, altered: 0 }, speakers: { missing: 0, unexpected: 0, altered: 1 } },
    });
    expect(status.problem).toBe(
      `Verbatim found its stored copy of the transcripts damaged (statements: ${doomed} missing, ${doomed} unexpected rows; speakers: 1 altered row) and reloaded it from the copy bundled with the extension. Your saved quotes were not touched.`,
    );
    expect(log).toHaveBeenCalledWith(expect.stringContaining('damaged'), expect.anything());
    const db = await s.database();
    await expectHolds(db, COMPILED);
    expect(await db.savedQuotes.toArray()).toEqual([savedQuote()]);
    // The notice stays while this background lives; a later start with an intact corpus reports nothing.
    expect((await s.status()).problem).toContain('damaged');
    s.close();
    const { s: again } = service(name);
    expect(await again.status()).toMatchObject({ problem: null, seed: { seeded: false, reason: 'current' } });
  });

  it('rows deleted while the background runs are noticed on the next status request', async () => {
    const name = freshName();
    const { s } = service(name);
    expect((await s.status()).problem).toBeNull();
    const db = await s.database();
    await db.savedQuotes.put(savedQuote());
    await db.statements.bulkDelete(COMPILED.statements.slice(0, 5).map((x) => x.id));
    await db.topics.clear();

    const status = await s.status();
    expect(status.stored).toEqual({ ...counts(COMPILED), savedQuotes: 1 });
    expect(status.seed).toMatchObject({ reason: 'repair', damage: { statements: { missing: 5 }, topics: { missing: COMPILED.topics.length } } });
    expect(status.problem).toMatch(/damaged .*reloaded/);
    await expectHolds(db, COMPILED);
  });

  it('two status requests at once after rows were deleted both answer with the repaired counts', async () => {
    const name = freshName();
    const { s } = service(name);
    expect((await s.status()).problem).toBeNull();
    const db = await s.database();
    await db.statements.bulkDelete(COMPILED.statements.slice(0, 12).map((x) => x.id));
    const [first, second] = await Promise.all([s.status(), s.status()]);
    for (const status of [first, second]) {
      expect(status.stored.statements).toBe(COMPILED.statements.length);
      expect(status.problem).toContain('(statements: 12 missing rows)');
    }
  });

  it('a garbage corpus version row is treated as a new version: reloaded, collection kept', async () => {
    const name = freshName();
    await installed(name);
    const other = new Dexie(name);
    await other.open();
    await other.table('meta').put({ key: 'corpusVersion', value: { garbage: true } });
    other.close();
    const { s } = service(name);
    const status = await s.status();
    expect(status).toMatchObject({ problem: null, seed: { seeded: true, reason: 'new-version' }, stored: { ...counts(COMPILED), savedQuotes: 1 } });
  });
});

describe('a database that cannot be opened', () => {
  it('status answers with the problem (never throws), logs the error, and a later request opens it', async () => {
    const name = freshName();
    await installed(name);
    const refused = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw refused;
    });
    const { s, log } = service(name);

    const status = await s.status();
    expect(status.problem).toMatch(/^Verbatim could not open its database \(InvalidStateError: .*\)\. Quote checking still works/);
    expect(status.stored).toEqual({ documents: 0, speakers: 0, statements: 0, entities: 0, topics: 0, savedQuotes: 0 });
    expect(log).toHaveBeenCalledWith('Verbatim: the database could not be opened', expect.anything());
    await expect(s.database()).rejects.toThrow(DatabaseProblem);
    await expect(s.database()).rejects.toThrow(/could not open its database/);

    open.mockRestore();
    const recovered = await s.status();
    expect(recovered).toMatchObject({ problem: null, stored: { ...counts(COMPILED), savedQuotes: 1 } });
  });

  it('a damaged store file (UnknownError from open) is reported as unreadable', async () => {
    const name = freshName();
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    });
    const { s } = service(name);
    expect((await s.status()).problem).toMatch(/database could not be read \(UnknownError: Internal error opening backing store/);
  });

  it('an open that never answers times out with a problem instead of hanging', async () => {
    const name = freshName();
    // A request that never fires success, error or blocked.
    vi.spyOn(indexedDB, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
    const { s, log } = service(name, { openTimeoutMs: 100 });
    const status = await within(2_000, s.status());
    expect(status.problem).toMatch(/did not answer \(TimeoutError: no answer within 0\.1 s\)/);
    expect(log).toHaveBeenCalledWith('Verbatim: the database did not open in time', expect.any(DatabaseProblem));
  });
});
