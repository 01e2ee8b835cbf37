/**
 * Import of a collection file (the JSON export), pure: validation first — size, JSON syntax, hostile keys,
 * format and version, the schema (ajv, compiled ahead of time), duplicate ids — and only a file that passes
 * everything is merged. A file that fails changes nothing and the user gets the list of what is wrong.
 */
import { mergeQuote, sameSyncedState, stampOf } from '../sync/merge';
import { compareStamps } from '../sync/stamps';
import { EXPORT_FORMAT_NAME, EXPORT_FORMAT_VERSION, storedFields } from './export';
import { MAX_IMPORT_QUOTES } from './import-schema';
import validateFile from './import-validator.generated.js';
import type { ImportValidationError } from './import-validator.generated.js';
import type { SavedQuote } from './types';

/**
 * Largest file accepted: 20 MB. A full export is ~600 bytes a quote plus notes, so even 20,000 quotes with
 * long notes stay under it; and it keeps the file well within what one extension message may carry (Chrome's
 * limit is 64 MiB) and what parsing can do without freezing the page. Measured in UTF-16 code units.
 */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;
/** Our format nests five levels deep; anything much deeper is not a Verbatim file (and deep recursion is a risk). */
const MAX_DEPTH = 12;
/** How many schema errors are listed: enough to see the pattern, not a wall of text. */
const MAX_LISTED_ERRORS = 12;

export type ImportCheck = { ok: true; quotes: SavedQuote[] } | { ok: false; errors: string[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds keys that could pollute prototypes when a file is spread into objects, and over-deep nesting. */
function hostileStructure(value: unknown, path: string, depth: number, found: string[]): void {
  if (found.length >= MAX_LISTED_ERRORS) return;
  if (depth > MAX_DEPTH) {
    found.push(`${path || 'the file'} is nested too deeply for a Verbatim collection file.`);
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => hostileStructure(v, `${path}[${i}]`, depth + 1, found));
  else if (typeof value === 'object' && value !== null)
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) found.push(`${path || 'the file'} contains the forbidden key "${key}" (files with it are refused as unsafe).`);
      else hostileStructure((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1, found);
    }
}

function describeSchemaError(e: ImportValidationError): string {
  const where = e.instancePath.replace(/^\//, '').replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.') || 'the file';
  if (e.keyword === 'additionalProperties') return `${where} has an unknown field "${String(e.params.additionalProperty)}".`;
  if (e.keyword === 'required') return `${where} is missing "${String(e.params.missingProperty)}".`;
  return `${where} ${e.message ?? 'is not valid'}.`;
}

const mb = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;

/** Checks a file's text; returns its quotes or every problem found. */
export function checkImportFile(text: string): ImportCheck {
  if (text.length > MAX_IMPORT_CHARS)
    return { ok: false, errors: [`The file is too large (${mb(text.length)}); Verbatim imports collection files up to ${mb(MAX_IMPORT_CHARS)}.`] };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, errors: ['The file is empty.'] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`The file is not valid JSON — it may be cut off (truncated) or not a Verbatim export. (${detail})`] };
  }
  const hostile: string[] = [];
  hostileStructure(data, '', 0, hostile);
  if (hostile.length) return { ok: false, errors: hostile };
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT_NAME)
    return { ok: false, errors: ['This is not a Verbatim collection file (it has no "format": "verbatim-collection"). Export one from the collection page and import that.'] };
  const version = (data as { version?: unknown }).version;
  if (version !== EXPORT_FORMAT_VERSION) {
    const newer = typeof version === 'number' && version > EXPORT_FORMAT_VERSION;
    return {
      ok: false,
      errors: [
        newer
          ? `This file was made by a newer version of Verbatim (format ${version}); this version reads format ${EXPORT_FORMAT_VERSION}. Update Verbatim, then import it again.`
          : `Unknown collection file version ${JSON.stringify(version)}; this version of Verbatim reads format ${EXPORT_FORMAT_VERSION}.`,
      ],
    };
  }
  const quotes = (data as { quotes?: unknown }).quotes;
  if (Array.isArray(quotes) && quotes.length > MAX_IMPORT_QUOTES)
    return { ok: false, errors: [`The file holds ${quotes.length.toLocaleString('en')} quotes; at most ${MAX_IMPORT_QUOTES.toLocaleString('en')} can be imported at once.`] };
  if (!validateFile(data)) {
    const all = validateFile.errors ?? [];
    const errors = all.slice(0, MAX_LISTED_ERRORS).map(describeSchemaError);
    if (all.length > MAX_LISTED_ERRORS) errors.push(`…and ${all.length - MAX_LISTED_ERRORS} more problems.`);
    return { ok: false, errors };
  }
  const list = quotes as SavedQuote[];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  list.forEach((q, i) => {
    if (seen.has(q.id)) errors.push(`quotes[${i}] repeats the id "${q.id}" of quotes[${seen.get(q.id)}].`);
    else seen.set(q.id, i);
    if (q.span && q.span[0] >= q.span[1]) errors.push(`quotes[${i}].span must start before it ends.`);
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_LISTED_ERRORS) };
  // Copy field by field: nothing from the file beyond the known fields reaches the database.
  return { ok: true, quotes: list.map(storedFields) };
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Deleted here after the file was made: they stay deleted. */
  stayedDeleted: number;
  /** Same statement, words and note as a quote already saved under another id: not added twice. */
  duplicates: number;
  total: number;
}

export interface ImportMerge {
  put: SavedQuote[];
  report: ImportReport;
}

const sameWords = (a: SavedQuote, b: SavedQuote) => a.statementId === b.statementId && JSON.stringify(a.span) === JSON.stringify(b.span);

/** Merges checked quotes into the collection: new ids are added, known ids merge field by field (newer edit wins). */
export function mergeImport(existing: readonly SavedQuote[], imported: readonly SavedQuote[], now: number): ImportMerge {
  const byId = new Map(existing.map((q) => [q.id, q]));
  const live = existing.filter((q) => q.deletedAt === 0);
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, stayedDeleted: 0, duplicates: 0, total: imported.length };
  const put: SavedQuote[] = [];
  for (const q of imported) {
    const local = byId.get(q.id);
    if (!local) {
      if (q.deletedAt === 0 && live.some((l) => l.id !== q.id && sameWords(l, q) && l.note === q.note)) {
        report.duplicates += 1;
        continue;
      }
      put.push(q);
      if (q.deletedAt === 0) report.added += 1;
      else report.stayedDeleted += 1;
      continue;
    }
    const merged = mergeQuote(local, q);
    if (sameSyncedState(local, merged)) {
      if (local.deletedAt > 0) report.stayedDeleted += 1;
      else report.unchanged += 1;
      continue;
    }
    put.push({ ...local, ...merged, text: compareStamps(stampOf(q, 'span'), stampOf(local, 'span')) > 0 ? q.text : local.text, updatedAt: Math.max(local.updatedAt, q.updatedAt, now) });
    if (merged.deletedAt > 0) report.stayedDeleted += 1;
    else report.updated += 1;
  }
  return { put, report };
}

export function describeImportReport(r: ImportReport): string {
  const parts = [`${r.added} added`, `${r.updated} updated`, `${r.unchanged} already up to date`];
  if (r.duplicates) parts.push(`${r.duplicates} duplicates skipped`);
  if (r.stayedDeleted) parts.push(`${r.stayedDeleted} deleted here since and left deleted`);
  return `Imported ${r.total} quote${r.total === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}
