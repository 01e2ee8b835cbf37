/**
 * IndexedDB and Dexie failures turned into what the user is told. Pure: no DOM, no `browser.*`.
 *
 * The same failure reaches us in several wrappings: a bare DOMException (`QuotaExceededError`), a Dexie error
 * whose `inner` is the DOMException (`OpenFailedError` → `UnknownError`, `AbortError` → `QuotaExceededError`),
 * or a `BulkError` listing one failure per row. `errorNames` flattens them so one rule covers all.
 */
import type { CorpusDamage } from './seed';

/**
 * - `blocked`: another connection holds an older version open and does not close, so the upgrade waits;
 * - `quota`: the browser refused to store more (disk full, or quota without `unlimitedStorage`);
 * - `corrupt`: the stored data or the store files cannot be read back (Chrome's "UnknownError" on a damaged
 *   LevelDB, a missing object store, a value that cannot be deserialised);
 * - `timeout`: the database did not answer in time (no blocked event, no error: it just hangs);
 * - `unavailable`: IndexedDB refuses to work at all (private windows in some browsers, a disabled API,
 *   a database created by a newer version of Verbatim).
 */
export type DbProblemKind = 'blocked' | 'quota' | 'corrupt' | 'timeout' | 'unavailable';

/** When the failure happened: opening the database, or loading the bundled corpus into it. */
export type DbPhase = 'open' | 'seed';

/** Every `name` in an error and what it wraps (inner, cause, bulk failures), outermost first. */
export function errorNames(error: unknown, depth = 0): string[] {
  if (depth > 4 || typeof error !== 'object' || error === null) return [];
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; failuresByPos?: unknown };
  const names = typeof e.name === 'string' && e.name ? [e.name] : [];
  const nested: unknown[] = [e.inner, e.cause];
  if (Array.isArray(e.failures)) nested.push(...e.failures.slice(0, 5));
  if (typeof e.failuresByPos === 'object' && e.failuresByPos !== null) nested.push(...Object.values(e.failuresByPos).slice(0, 5));
  for (const inner of nested) if (inner !== error) names.push(...errorNames(inner, depth + 1));
  return names;
}

export function classifyDbError(error: unknown): DbProblemKind {
  const names = errorNames(error);
  const has = (pattern: RegExp) => names.some((name) => pattern.test(name));
  // Order matters: an AbortError wrapping a QuotaExceededError is a quota problem, not an abort.
  if (has(/^QuotaExceeded/)) return 'quota';
  if (has(/^(Blocked|VersionChange)/)) return 'blocked';
  if (has(/^Timeout/)) return 'timeout';
  if (has(/^(Unknown|Data|DataClone|NotFound|NotReadable|Constraint)Error$/)) return 'corrupt';
  return 'unavailable';
}

/** The error that started it all: follows `inner`, `cause` and the first bulk failure down. */
function innermost(error: unknown, depth = 0): unknown {
  if (depth > 4 || typeof error !== 'object' || error === null) return error;
  const e = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  const next = e.inner ?? e.cause ?? (Array.isArray(e.failures) ? e.failures[0] : undefined);
  return typeof next === 'object' && next !== null && next !== error ? innermost(next, depth + 1) : error;
}

/** `Name: message` of the originating error, one line, for the parenthesis in the user message. */
function detail(error: unknown): string {
  const origin = innermost(error);
  const e = (typeof origin === 'object' && origin !== null ? origin : {}) as { name?: unknown; message?: unknown };
  const name = typeof e.name === 'string' ? e.name : '';
  let message = (typeof e.message === 'string' ? e.message : typeof origin === 'object' ? '' : String(origin)).split('\n')[0]!.trim();
  if (name && message.startsWith(`${name}:`)) message = message.slice(name.length + 1).trim();
  const text = name && message ? `${name}: ${message}` : name || message || 'unknown error';
  // Long messages (Dexie lists every failed row) would swamp the popup.
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export const BLOCKED_MESSAGE =
  'Verbatim’s database is blocked by another open Verbatim page that still uses an older version. Close other Verbatim tabs and windows to finish the update; your saved quotes are safe.';

/** What the user is told about `error`, a failure during `phase`. */
export function describeDbError(error: unknown, phase: DbPhase): string {
  const kind = classifyDbError(error);
  const why = detail(error);
  switch (kind) {
    case 'blocked':
      return BLOCKED_MESSAGE;
    case 'quota':
      return phase === 'seed'
        ? `Verbatim could not load the transcripts into its database: the browser says storage is full (${why}). Nothing was changed — the transcripts stored before and your saved quotes are intact. Free some disk space; Verbatim tries again the next time it is used.`
        : `Verbatim could not open its database: the browser says storage is full (${why}). Your saved quotes are kept on disk; free some disk space and Verbatim tries again the next time it is used.`;
    case 'corrupt':
      return phase === 'seed'
        ? `Verbatim could not reload its damaged copy of the transcripts (${why}). Quote checking still works from the transcripts bundled with the extension; your saved quotes were not touched. Verbatim tries again the next time it is used.`
        : `Verbatim’s database could not be read (${why}). Quote checking still works from the transcripts bundled with the extension, but saved quotes are unavailable until the database opens; restarting the browser often helps.`;
    case 'timeout':
      return `Verbatim’s database did not answer (${why}). Quote checking still works; saved quotes are unavailable until it does. Closing other Verbatim tabs or restarting the browser usually helps.`;
    case 'unavailable':
      return phase === 'seed'
        ? `Verbatim could not load the transcripts into its database (${why}). Quote checking still works from the bundled transcripts; your saved quotes were not touched.`
        : `Verbatim could not open its database (${why}). Quote checking still works from the bundled transcripts, but saved quotes are unavailable — IndexedDB may be disabled (some private windows do this).`;
  }
}

/** What the user is told after a damaged corpus table was detected and the bundled corpus reloaded. */
export function repairNotice(damage: CorpusDamage | undefined): string {
  const parts = Object.entries(damage ?? {}).map(([table, d]) => {
    if (d.unreadable) return `${table}: unreadable`;
    const bits = [d.missing && `${d.missing} missing`, d.unexpected && `${d.unexpected} unexpected`, d.altered && `${d.altered} altered`].filter(Boolean);
    return `${table}: ${bits.join(', ')} row${d.missing + d.unexpected + d.altered === 1 ? '' : 's'}`;
  });
  const what = parts.length ? ` (${parts.join('; ')})` : '';
  return `Verbatim found its stored copy of the transcripts damaged${what} and reloaded it from the copy bundled with the extension. Your saved quotes were not touched.`;
}

/** A database failure already described for the user (`message`); `cause` keeps the original error. */
export class DatabaseProblem extends Error {
  override name = 'DatabaseProblem';
  constructor(
    message: string,
    readonly kind: DbProblemKind,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
