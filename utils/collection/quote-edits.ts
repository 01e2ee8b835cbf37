/**
 * Saving and editing a quote, pure: each edit stamps the fields it changes with a hybrid-clock time and this
 * device's id, which is what the sync merge (utils/sync/merge.ts) compares.
 */
import { MAX_NOTE_ANCESTORS, stampKey } from '../sync';
import type { SavedQuote, SyncedField } from './types';

/** Longest note kept (characters). A note is the user's own text; 20,000 characters is ~8 pages. */
export const MAX_NOTE_LENGTH = 20_000;
/** At most 30 tags of at most 40 characters: enough to organise, small enough to sync (tags travel with each quote). */
export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 40;

/** What the saving device knows about the statement. */
export interface StatementInfo {
  id: string;
  text: string;
  speakerId: string | null;
  documentId: string;
}

export interface EditContext {
  deviceId: string;
  /** Hybrid-clock time for this edit. */
  time: number;
  corpusVersion: string;
}

/** Trims, folds whitespace, drops empties and duplicates (case-insensitively, keeping the first spelling). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  if (out.length > MAX_TAGS) throw new Error(`A quote can have at most ${MAX_TAGS} tags (this one would have ${out.length}).`);
  return out;
}

export function normalizeNote(note: string): string {
  const trimmed = note.replace(/\r\n?/g, '\n').trim();
  if (trimmed.length > MAX_NOTE_LENGTH) throw new Error(`Notes can be at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters (this one has ${trimmed.length.toLocaleString('en')}).`);
  return trimmed;
}

/** Checks a span against the statement text; returns the quoted words. */
export function spanText(statementText: string, span: [number, number] | null): string {
  if (!span) return statementText;
  const [start, end] = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > statementText.length || start >= end)
    throw new Error(`The selected words [${start}, ${end}) are not within the statement (${statementText.length} characters).`);
  return statementText.slice(start, end);
}

export function createQuote(id: string, statement: StatementInfo, input: { span?: [number, number] | null; note?: string; tags?: string[] }, ctx: EditContext): SavedQuote {
  const span = input.span ?? null;
  const note = normalizeNote(input.note ?? '');
  const t = ctx.time;
  const d = ctx.deviceId;
  return {
    id,
    statementId: statement.id,
    span: span ? [span[0], span[1]] : null,
    text: spanText(statement.text, span),
    speakerId: statement.speakerId,
    documentId: statement.documentId,
    note,
    tags: normalizeTags(input.tags ?? []),
    corpusVersion: ctx.corpusVersion,
    createdAt: t,
    updatedAt: t,
    fieldTimes: { note: t, tags: t, span: t, deleted: 0 },
    fieldDevices: { note: d, tags: d, span: d, deleted: '' },
    noteAncestors: [],
    deviceId: d,
    deletedAt: 0,
  };
}

export interface QuotePatch {
  note?: string;
  tags?: string[];
  span?: [number, number] | null;
}

function touch(q: SavedQuote, field: SyncedField, ctx: EditContext): void {
  q.fieldTimes[field] = ctx.time;
  q.fieldDevices[field] = ctx.deviceId;
}

/** Applies an edit; fields that do not change keep their stamps (so an unchanged field never wins a merge). */
export function editQuote(quote: SavedQuote, patch: QuotePatch, ctx: EditContext, statementText?: string): SavedQuote {
  if (quote.deletedAt > 0) throw new Error('This quote was deleted; undo the deletion before editing it.');
  const q: SavedQuote = structuredClone(quote);
  if (patch.note !== undefined) {
    const note = normalizeNote(patch.note);
    if (note !== q.note) {
      const previous = stampKey({ time: q.fieldTimes.note, device: q.fieldDevices.note });
      q.noteAncestors = [previous, ...q.noteAncestors.filter((s) => s !== previous)].slice(0, MAX_NOTE_ANCESTORS);
      q.note = note;
      touch(q, 'note', ctx);
    }
  }
  if (patch.tags !== undefined) {
    const tags = normalizeTags(patch.tags);
    if (JSON.stringify(tags) !== JSON.stringify(q.tags)) {
      q.tags = tags;
      touch(q, 'tags', ctx);
    }
  }
  if (patch.span !== undefined && JSON.stringify(patch.span) !== JSON.stringify(q.span)) {
    if (statementText === undefined) throw new Error('The statement of this quote is no longer in the transcripts, so the selected words cannot be changed.');
    q.text = spanText(statementText, patch.span);
    q.span = patch.span ? [patch.span[0], patch.span[1]] : null;
    touch(q, 'span', ctx);
  }
  if (JSON.stringify(q) !== JSON.stringify(quote)) {
    q.updatedAt = ctx.time;
    q.deviceId = ctx.deviceId;
  }
  return q;
}

/** Marks a quote deleted (a tombstone that syncs; the content stays locally so the deletion can be undone). */
export function deleteQuote(quote: SavedQuote, ctx: EditContext): SavedQuote {
  if (quote.deletedAt > 0) return quote;
  const q = structuredClone(quote);
  q.deletedAt = ctx.time;
  touch(q, 'deleted', ctx);
  q.updatedAt = ctx.time;
  q.deviceId = ctx.deviceId;
  return q;
}

/** Undoes a deletion: a newer "not deleted" stamp, which wins over the tombstone everywhere. */
export function restoreQuote(quote: SavedQuote, ctx: EditContext): SavedQuote {
  if (quote.deletedAt === 0) return quote;
  const q = structuredClone(quote);
  q.deletedAt = 0;
  touch(q, 'deleted', ctx);
  q.updatedAt = ctx.time;
  q.deviceId = ctx.deviceId;
  return q;
}
