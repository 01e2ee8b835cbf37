/**
 * Messages of the collection area. `collection:save` is used by every surface that has a Save button
 * (popover, popup, reader, report); the rest belongs to the collection page and sync.
 */
import type { SavedQuote } from '../collection/types';
import { isNumber, isObject, isString, isStringArray } from './validate';

export interface SaveRequest {
  statementId: string;
  /** [start, end) within the statement text; omitted or null = the whole statement. */
  span?: [number, number] | null;
  note?: string;
  tags?: string[];
}

export type CollectionMessages = {
  'collection:save': { req: SaveRequest; res: SavedQuote };
};

const isSpan = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 2 && v.every(isNumber));

export const collectionValidators = {
  'collection:save': (v: unknown): v is SaveRequest =>
    isObject(v) &&
    isString(v.statementId, 200) &&
    isSpan(v.span) &&
    (v.note === undefined || isString(v.note, 100_000)) &&
    (v.tags === undefined || isStringArray(v.tags, 100)),
};
