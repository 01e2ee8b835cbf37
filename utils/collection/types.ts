/**
 * A quote the user saved, as stored in Dexie. The sync-relevant part (`SyncedQuote`) also travels through
 * storage.sync in a compact encoding (utils/sync/encode.ts); the rest is rebuilt from the corpus on each device.
 */

/** The fields of a saved quote that are merged across devices, one last-writer-wins clock per field. */
export type SyncedField = 'note' | 'tags' | 'span' | 'deleted';

export interface SyncedQuote {
  /** Random id made on the device that saved it. */
  id: string;
  /** Statement the quote comes from; '' only in a bare tombstone received from another device. */
  statementId: string;
  /** Character span [start, end) within the statement text; null = the whole statement. */
  span: [number, number] | null;
  note: string;
  tags: string[];
  createdAt: number;
  /** Per-field edit times (hybrid-clock milliseconds, see utils/sync/clock.ts). */
  fieldTimes: Record<SyncedField, number>;
  /** Per-field device of the last edit: the tie-break when two edits carry the same time. */
  fieldDevices: Record<SyncedField, string>;
  /**
   * Stamps (`time@device`) of earlier note versions this note replaced or merged, newest first, at most
   * `MAX_NOTE_ANCESTORS`. Two note versions where neither lists the other were written concurrently; the
   * merge then keeps both texts instead of dropping one.
   */
  noteAncestors: string[];
  /** Deletion tombstone time, or 0. Deleted quotes stay (as tombstones) until compacted so deletions sync. */
  deletedAt: number;
}

export interface SavedQuote extends SyncedQuote {
  /** The saved words, kept so the quote survives a corpus update that drops the statement. */
  text: string;
  speakerId: string | null;
  documentId: string;
  /** Corpus version the quote was saved against. */
  corpusVersion: string;
  /** Last change of any kind (local edit or merged remote change); the collection page sorts by it. */
  updatedAt: number;
  /** Device that made the last local edit. */
  deviceId: string;
}

/** A saved quote as the collection page shows it: joined with the current corpus. */
export interface CollectionItem extends SavedQuote {
  /** The statement is no longer in the bundled corpus: the saved text is shown, flagged. */
  statementMissing: boolean;
  speakerName: string | null;
  speakerRole: string | null;
  documentTitle: string;
  documentDate: string;
  /** Position of the statement in the transcript (for "transcript order" sorting); Infinity when missing. */
  order: number;
}
