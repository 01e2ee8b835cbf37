/**
 * How a saved quote travels in storage.sync: only what another device needs (statement id, span, note, tags,
 * creation time, per-field stamps, tombstone) in a compact object under `vq:<id>`. The quote's text, speaker and
 * document are not sent: every device has the corpus and rebuilds them from the statement id.
 *
 * A record too large for one item (a long note) is stored as its JSON text split into chunks: `vq:<id>` holds
 * `{ v, k: chunkCount, h: hash, c: firstChunk }` and `vq:<id>#1` … `#k-1` hold the rest. The hash lets a reader
 * tell a half-arrived set of chunks (skipped, read again when the rest arrives) from a whole one.
 */
import type { SyncedField, SyncedQuote } from '../collection/types';
import { ITEM_BUDGET_BYTES, itemBytes, utf8Length } from './quotas';

export const KEY_PREFIX = 'vq:';
/** Encoding format written by this version. Items with a higher `v` come from a newer Verbatim and are left alone. */
export const SYNC_FORMAT = 1;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const KEY_PATTERN = /^vq:([A-Za-z0-9_-]{1,64})(?:#([1-9]\d{0,3}))?$/;

type CompactStamp = string; // `time36@device`
interface CompactRecord {
  v: number;
  s?: string;
  p?: [number, number] | null;
  n?: string;
  t?: string[];
  c?: string;
  f: Partial<Record<'n' | 't' | 'p' | 'd', CompactStamp>>;
  a?: string[];
  d?: string;
}

const FIELD_CODES: Record<SyncedField, 'n' | 't' | 'p' | 'd'> = { note: 'n', tags: 't', span: 'p', deleted: 'd' };

export const quoteKey = (id: string) => `${KEY_PREFIX}${id}`;

const t36 = (n: number) => n.toString(36);

function compact(q: SyncedQuote): CompactRecord {
  const stamp = (f: SyncedField) => `${t36(q.fieldTimes[f])}@${q.fieldDevices[f]}`;
  if (q.deletedAt > 0) return { v: SYNC_FORMAT, d: t36(q.deletedAt), f: { d: stamp('deleted') } }; // bare tombstone
  const r: CompactRecord = { v: SYNC_FORMAT, s: q.statementId, c: t36(q.createdAt), f: {} };
  if (q.span) r.p = q.span;
  if (q.note) r.n = q.note;
  if (q.tags.length) r.t = q.tags;
  if (q.noteAncestors.length) r.a = q.noteAncestors;
  for (const f of ['note', 'tags', 'span', 'deleted'] as const) if (q.fieldTimes[f] > 0) r.f[FIELD_CODES[f]] = stamp(f);
  return r;
}

/** 32-bit FNV-1a of the record's JSON, in base 36: detects a chunk set that has not fully arrived. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Splits `text` into pieces whose JSON form is at most `budget` UTF-8 bytes, never inside a surrogate pair. */
function splitByJsonBytes(text: string, firstBudget: number, budget: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let size = 2; // the JSON quotes
  let limit = firstBudget;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const ch = pair ? text.slice(i, i + 2) : text[i]!;
    const cost = utf8Length(JSON.stringify(ch)) - 2;
    if (size + cost > limit) {
      pieces.push(text.slice(start, i));
      start = i;
      size = 2;
      limit = budget;
    }
    size += cost;
    if (pair) i++;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** The storage.sync items for one quote. */
export function encodeQuote(q: SyncedQuote): Record<string, unknown> {
  if (!ID_PATTERN.test(q.id)) throw new Error(`Quote id "${q.id}" cannot be synced.`);
  const key = quoteKey(q.id);
  const record = compact(q);
  if (itemBytes(key, record) <= ITEM_BUDGET_BYTES) return { [key]: record };
  const json = JSON.stringify(record);
  const head = { v: SYNC_FORMAT, k: 0, h: hashText(json), c: '' };
  // Room for the head's own fields (k up to 4 digits); chunk keys are `vq:<id>#NNNN`.
  const firstBudget = ITEM_BUDGET_BYTES - itemBytes(key, { ...head, k: 9999 });
  const restBudget = ITEM_BUDGET_BYTES - utf8Length(`${key}#9999`);
  const pieces = splitByJsonBytes(json, firstBudget, restBudget);
  const items: Record<string, unknown> = { [key]: { ...head, k: pieces.length, c: pieces[0] } };
  pieces.slice(1).forEach((piece, i) => (items[`${key}#${i + 1}`] = piece));
  return items;
}

export interface DecodeProblem {
  key: string;
  kind: 'malformed' | 'newer-version' | 'incomplete';
  detail: string;
}

export interface Decoded {
  quotes: Map<string, SyncedQuote>;
  /** Keys of items that belong to each decoded quote (main and chunks). */
  keysById: Map<string, string[]>;
  problems: DecodeProblem[];
  /** Our keys that no valid record accounts for (orphan chunks); safe to remove. */
  orphans: string[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isB36 = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-z]{1,12}$/.test(v);

function parseStamp(v: unknown): { time: number; device: string } | null {
  if (typeof v !== 'string') return null;
  const m = /^([0-9a-z]{1,12})@([A-Za-z0-9_-]{1,32})$/.exec(v);
  if (!m) return null;
  const time = parseInt(m[1]!, 36);
  return Number.isSafeInteger(time) ? { time, device: m[2]! } : null;
}

/** Validates a compact record; returns the quote or a description of what is wrong. */
function expand(id: string, r: unknown): SyncedQuote | string {
  if (!isObj(r)) return 'not an object';
  if (!isObj(r.f)) return 'no field stamps';
  const quote: SyncedQuote = {
    id,
    statementId: '',
    span: null,
    note: '',
    tags: [],
    createdAt: 0,
    fieldTimes: { note: 0, tags: 0, span: 0, deleted: 0 },
    fieldDevices: { note: '', tags: '', span: '', deleted: '' },
    noteAncestors: [],
    deletedAt: 0,
  };
  for (const f of ['note', 'tags', 'span', 'deleted'] as const) {
    const raw = r.f[FIELD_CODES[f]];
    if (raw === undefined) continue;
    const stamp = parseStamp(raw);
    if (!stamp) return `bad ${f} stamp`;
    quote.fieldTimes[f] = stamp.time;
    quote.fieldDevices[f] = stamp.device;
  }
  if (r.d !== undefined) {
    if (!isB36(r.d)) return 'bad deletion time';
    quote.deletedAt = parseInt(r.d, 36);
    if (!quote.fieldTimes.deleted) return 'tombstone without a stamp';
    return quote;
  }
  if (typeof r.s !== 'string' || r.s.length === 0 || r.s.length > 200) return 'bad statement id';
  quote.statementId = r.s;
  if (r.p !== undefined) {
    const p = r.p;
    if (!Array.isArray(p) || p.length !== 2 || !p.every((x) => Number.isSafeInteger(x) && (x as number) >= 0) || (p[0] as number) > (p[1] as number)) return 'bad span';
    quote.span = [p[0] as number, p[1] as number];
  }
  if (r.n !== undefined) {
    if (typeof r.n !== 'string') return 'bad note';
    quote.note = r.n;
  }
  if (r.t !== undefined) {
    if (!Array.isArray(r.t) || r.t.length > 100 || !r.t.every((t) => typeof t === 'string' && t.length <= 100)) return 'bad tags';
    quote.tags = [...(r.t as string[])];
  }
  if (r.a !== undefined) {
    if (!Array.isArray(r.a) || r.a.length > 16 || !r.a.every((s) => parseStamp(s))) return 'bad note history';
    quote.noteAncestors = [...(r.a as string[])];
  }
  if (!isB36(r.c)) return 'bad creation time';
  quote.createdAt = parseInt(r.c, 36);
  return quote;
}

/** Reads every Verbatim quote out of a storage.sync snapshot. Foreign keys are ignored; bad items are reported. */
export function decodeItems(items: Record<string, unknown>): Decoded {
  const out: Decoded = { quotes: new Map(), keysById: new Map(), problems: [], orphans: [] };
  const mains = new Map<string, unknown>();
  const chunks = new Map<string, Map<number, unknown>>();
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(KEY_PREFIX)) continue;
    const m = KEY_PATTERN.exec(key);
    if (!m) {
      out.problems.push({ key, kind: 'malformed', detail: 'unexpected key' });
      continue;
    }
    const id = m[1]!;
    if (m[2]) {
      if (!chunks.has(id)) chunks.set(id, new Map());
      chunks.get(id)!.set(Number(m[2]), value);
    } else mains.set(id, value);
  }
  for (const [id, value] of mains) {
    const key = quoteKey(id);
    const v = isObj(value) ? value.v : undefined;
    if (typeof v === 'number' && Number.isInteger(v) && v > SYNC_FORMAT) {
      out.problems.push({ key, kind: 'newer-version', detail: `format ${v}` });
      chunks.delete(id);
      continue;
    }
    if (v !== SYNC_FORMAT) {
      out.problems.push({ key, kind: 'malformed', detail: 'no format version' });
      continue;
    }
    let record: unknown = value;
    const keys = [key];
    const head = value as Record<string, unknown>;
    if (head.k !== undefined) {
      const count = head.k;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 2 || count > 9999 || typeof head.c !== 'string' || typeof head.h !== 'string') {
        out.problems.push({ key, kind: 'malformed', detail: 'bad chunk header' });
        continue;
      }
      const parts: string[] = [head.c];
      const have = chunks.get(id) ?? new Map<number, unknown>();
      for (let i = 1; i < count; i++) {
        const part = have.get(i);
        if (typeof part !== 'string') break;
        parts.push(part);
        keys.push(`${key}#${i}`);
      }
      const json = parts.join('');
      if (parts.length !== count || hashText(json) !== head.h) {
        out.problems.push({ key, kind: 'incomplete', detail: `${parts.length} of ${count} chunks` });
        chunks.delete(id); // still arriving: neither read nor remove its chunks
        continue;
      }
      try {
        record = JSON.parse(json);
      } catch {
        out.problems.push({ key, kind: 'malformed', detail: 'chunks do not form JSON' });
        continue;
      }
    }
    const quote = expand(id, record);
    if (typeof quote === 'string') {
      out.problems.push({ key, kind: 'malformed', detail: quote });
      continue;
    }
    out.quotes.set(id, quote);
    out.keysById.set(id, keys);
    const used = new Set(keys);
    for (const n of chunks.get(id)?.keys() ?? []) if (!used.has(`${key}#${n}`)) out.orphans.push(`${key}#${n}`);
    chunks.delete(id);
  }
  // Chunks whose head is missing or malformed: left for a head that may still arrive, unless the head is absent.
  for (const [id, parts] of chunks) if (!mains.has(id)) for (const n of parts.keys()) out.orphans.push(`${quoteKey(id)}#${n}`);
  return out;
}
