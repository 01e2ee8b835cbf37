/**
 * Messages of the collection area. `collection:save` is used by every surface that has a Save button
 * (popover, popup, reader, report); the rest belongs to the collection page and sync.
 */
import type { CollectionItem, SavedQuote } from '../collection/types';
import type { ExportedFile, ExportFormat } from '../collection/export';
import type { ImportOutcome } from '../collection/collection-store';
import type { SyncStatus } from '../sync/engine';
import { isNothing, isNumber, isObject, isString, isStringArray } from './validate';

export interface SaveRequest {
  statementId: string;
  /** [start, end) within the statement text; omitted or null = the whole statement. */
  span?: [number, number] | null;
  note?: string;
  tags?: string[];
}

export interface UpdateRequest {
  id: string;
  note?: string;
  tags?: string[];
  span?: [number, number] | null;
}

export interface CollectionList {
  quotes: CollectionItem[];
  corpusVersion: string;
}

export type CollectionMessages = {
  'collection:save': { req: SaveRequest; res: SavedQuote };
  'collection:update': { req: UpdateRequest; res: SavedQuote };
  /** Deletes (tombstones) quotes; answers the ids deleted, which `collection:undo` takes back. */
  'collection:delete': { req: { ids: string[] }; res: { deleted: string[] } };
  'collection:undo': { req: { ids: string[] }; res: { restored: number } };
  'collection:list': { req: void; res: CollectionList };
  /** `ids` null = everything. */
  'collection:export': { req: { format: ExportFormat; ids: string[] | null }; res: ExportedFile };
  /** The text of a collection file (JSON export). A bad file answers `{ ok: false, errors }` and changes nothing. */
  'collection:import': { req: { content: string }; res: ImportOutcome };
  'collection:sync-status': { req: void; res: SyncStatus };
  /** Syncs now (the page's "Retry" button). */
  'collection:sync-now': { req: void; res: SyncStatus };
};

/**
 * storage.local keys the background writes and extension pages watch (storage.onChanged): a change counter of the
 * collection (from any surface or device) and the last sync status, so pages stay live without polling.
 */
export const COLLECTION_REVISION_KEY = 'verbatim:collectionRevision';
export const SYNC_STATUS_KEY = 'verbatim:syncStatus';

/** Bulk operations take at most this many ids in one message (a collection that large is already unusual). */
const MAX_IDS = 20_000;
/** One import message carries the file text; the page refuses larger files before reading them (see MAX_IMPORT_CHARS). */
const MAX_IMPORT_MESSAGE_CHARS = 20 * 1024 * 1024;

const isSpan = (v: unknown) =>
  v === undefined || v === null || (Array.isArray(v) && v.length === 2 && v.every((n) => isNumber(n) && Number.isInteger(n) && n >= 0) && (v[0] as number) < (v[1] as number));
const isIds = (v: unknown) => isStringArray(v, MAX_IDS) && v.every((id) => id.length > 0 && id.length <= 64);
const only = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).every((k) => keys.includes(k));
const FORMATS = ['json', 'csv', 'markdown', 'csl-json'];

export const collectionValidators = {
  'collection:save': (v: unknown): v is SaveRequest =>
    isObject(v) &&
    isString(v.statementId, 200) &&
    isSpan(v.span) &&
    (v.note === undefined || isString(v.note, 100_000)) &&
    (v.tags === undefined || isStringArray(v.tags, 100)),
  'collection:update': (v: unknown): v is UpdateRequest =>
    isObject(v) &&
    only(v, ['id', 'note', 'tags', 'span']) &&
    isString(v.id, 64) &&
    isSpan(v.span) &&
    (v.note === undefined || isString(v.note, 100_000)) &&
    (v.tags === undefined || isStringArray(v.tags, 100)),
  'collection:delete': (v: unknown): v is { ids: string[] } => isObject(v) && only(v, ['ids']) && isIds(v.ids),
  'collection:undo': (v: unknown): v is { ids: string[] } => isObject(v) && only(v, ['ids']) && isIds(v.ids),
  'collection:list': isNothing,
  'collection:export': (v: unknown): v is { format: ExportFormat; ids: string[] | null } =>
    isObject(v) && only(v, ['format', 'ids']) && typeof v.format === 'string' && FORMATS.includes(v.format) && (v.ids === null || isIds(v.ids)),
  'collection:import': (v: unknown): v is { content: string } => isObject(v) && only(v, ['content']) && isString(v.content, MAX_IMPORT_MESSAGE_CHARS),
  'collection:sync-status': isNothing,
  'collection:sync-now': isNothing,
};
