/**
 * The sync merge, pure. Two versions of a saved quote (this device's and another's) become one, the same on
 * every device whatever the order the versions arrive in (commutative, associative, idempotent — the unit
 * tests check this with two and three simulated devices).
 *
 * Rules:
 * - Each field (note, tags, span, deleted) is last-writer-wins on its own stamp (time, then device id).
 * - A deletion is a tombstone: it wins over every edit older than it. An edit newer than the deletion, made on
 *   a device that had not seen it, brings the quote back (the user was still working on it; nothing is lost).
 * - Notes are never lost: when two note versions were written concurrently (neither lists the other among its
 *   ancestors), both texts are kept, the older first.
 */
import type { SyncedField, SyncedQuote } from '../collection/types';
import { compareStamps, stampKey, type Stamp } from './stamps';

/**
 * How many earlier note versions a note remembers. Each costs ~14 bytes of sync quota. Four covers the edits
 * one device makes between two syncs (sync runs seconds after an edit when online); beyond that, an offline
 * device's note that went through more edits is treated as concurrent: both texts are kept (duplicated, not lost).
 */
export const MAX_NOTE_ANCESTORS = 4;

/** Separates the two texts of a note edited on two devices at once. */
export const CONCURRENT_NOTE_SEPARATOR = '\n\n— also written on another device —\n\n';

const FIELDS: readonly SyncedField[] = ['note', 'tags', 'span', 'deleted'];

export const stampOf = (q: SyncedQuote, field: SyncedField): Stamp => ({ time: q.fieldTimes[field], device: q.fieldDevices[field] });

function newer(a: SyncedQuote, b: SyncedQuote, field: SyncedField): SyncedQuote {
  return compareStamps(stampOf(a, field), stampOf(b, field)) >= 0 ? a : b;
}

/** Latest content edit (note, tags, span): what a tombstone has to be newer than to win. */
export function lastContentEdit(q: SyncedQuote): number {
  return Math.max(q.fieldTimes.note, q.fieldTimes.tags, q.fieldTimes.span);
}

export function isDeleted(q: SyncedQuote): boolean {
  return q.deletedAt > 0;
}

function descends(child: SyncedQuote, parent: SyncedQuote): boolean {
  return child.noteAncestors.includes(stampKey(stampOf(parent, 'note')));
}

function mergeAncestors(...lists: string[][]): string[] {
  const all = [...new Set(lists.flat())];
  // Newest first: stamps sort by their base-36 time, which has a fixed width for any date after 1973.
  return all.sort((x, y) => (x < y ? 1 : x > y ? -1 : 0)).slice(0, MAX_NOTE_ANCESTORS);
}

interface NoteVersion {
  note: string;
  time: number;
  device: string;
  ancestors: string[];
}

function mergeNotes(a: SyncedQuote, b: SyncedQuote): NoteVersion {
  const sa = stampOf(a, 'note');
  const sb = stampOf(b, 'note');
  const order = compareStamps(sa, sb);
  const pick = (q: SyncedQuote): NoteVersion => ({ note: q.note, time: q.fieldTimes.note, device: q.fieldDevices.note, ancestors: q.noteAncestors });
  // Same edit reached us by two paths (its history may have been trimmed differently): deterministic text, joint history.
  if (order === 0) return { ...pick(a.note >= b.note ? a : b), ancestors: mergeAncestors(a.noteAncestors, b.noteAncestors) };
  if (a.note === b.note) return pick(order > 0 ? a : b);
  if (descends(a, b)) return pick(a);
  if (descends(b, a)) return pick(b);
  // Concurrent edits: keep both texts.
  const [older, later] = order < 0 ? [a, b] : [b, a];
  const o = older.note.trim();
  const l = later.note.trim();
  let note: string;
  if (o === '' || l.includes(o)) note = later.note;
  else if (l === '' || o.includes(l)) note = older.note;
  else note = `${older.note}${CONCURRENT_NOTE_SEPARATOR}${later.note}`;
  // The merged note is a new version that descends from both; its stamp is derived from both so that every
  // device computing this merge makes exactly the same one.
  const top = stampOf(later, 'note');
  return {
    note,
    time: top.time + 1,
    device: top.device,
    ancestors: mergeAncestors([stampKey(sa), stampKey(sb)], a.noteAncestors, b.noteAncestors),
  };
}

/** Merges two versions of the same quote (same id). */
export function mergeQuote(a: SyncedQuote, b: SyncedQuote): SyncedQuote {
  if (a.id !== b.id) throw new Error(`Cannot merge different quotes (${a.id}, ${b.id}).`);
  const del = newer(a, b, 'deleted');
  let merged: SyncedQuote;
  if (a.statementId === '' || b.statementId === '') {
    // A bare tombstone knows nothing but its deletion; the content comes from the other side.
    const content = a.statementId === '' ? b : a;
    merged = { ...content, tags: [...content.tags], noteAncestors: [...content.noteAncestors], fieldTimes: { ...content.fieldTimes }, fieldDevices: { ...content.fieldDevices } };
  } else {
    const note = mergeNotes(a, b);
    const tags = newer(a, b, 'tags');
    const span = newer(a, b, 'span');
    merged = {
      id: a.id,
      statementId: a.statementId,
      span: span.span ? [span.span[0], span.span[1]] : null,
      note: note.note,
      tags: [...tags.tags],
      createdAt: Math.min(a.createdAt, b.createdAt),
      fieldTimes: { note: note.time, tags: tags.fieldTimes.tags, span: span.fieldTimes.span, deleted: 0 },
      fieldDevices: { note: note.device, tags: tags.fieldDevices.tags, span: span.fieldDevices.span, deleted: '' },
      noteAncestors: note.ancestors,
      deletedAt: 0,
    };
  }
  merged.deletedAt = del.deletedAt;
  merged.fieldTimes.deleted = del.fieldTimes.deleted;
  merged.fieldDevices.deleted = del.fieldDevices.deleted;
  // An edit newer than the tombstone (made where the deletion was not yet known) brings the quote back.
  if (merged.deletedAt > 0 && merged.statementId !== '' && lastContentEdit(merged) > merged.fieldTimes.deleted) {
    const latest = FIELDS.filter((f) => f !== 'deleted').map((f) => stampOf(merged, f)).sort(compareStamps).at(-1)!;
    merged.deletedAt = 0;
    merged.fieldTimes.deleted = latest.time;
    merged.fieldDevices.deleted = latest.device;
  }
  return merged;
}

/** True when both versions carry the same synced state (nothing to write either way). */
export function sameSyncedState(a: SyncedQuote, b: SyncedQuote): boolean {
  return (
    a.id === b.id &&
    a.statementId === b.statementId &&
    JSON.stringify(a.span) === JSON.stringify(b.span) &&
    a.note === b.note &&
    JSON.stringify(a.tags) === JSON.stringify(b.tags) &&
    a.createdAt === b.createdAt &&
    a.deletedAt === b.deletedAt &&
    FIELDS.every((f) => a.fieldTimes[f] === b.fieldTimes[f] && a.fieldDevices[f] === b.fieldDevices[f]) &&
    JSON.stringify(a.noteAncestors) === JSON.stringify(b.noteAncestors)
  );
}

/**
 * Tombstones are kept this long, then removed everywhere (compaction). A device offline for longer than this
 * that still holds the quote would bring it back when it reconnects; two months covers holidays and a
 * browser profile left unused for weeks, and keeps deleted quotes from filling the sync quota (~60 bytes each).
 */
export const TOMBSTONE_TTL_MS = 60 * 24 * 60 * 60 * 1000;

export function isCompactable(q: SyncedQuote, now: number): boolean {
  return q.deletedAt > 0 && now - q.fieldTimes.deleted > TOMBSTONE_TTL_MS;
}
