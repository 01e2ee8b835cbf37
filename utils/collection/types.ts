/** A quote the user saved, as stored in Dexie and (trimmed) in storage.sync. */
export interface SavedQuote {
  /** Random id made on the device that saved it. */
  id: string;
  statementId: string;
  /** Character span within the statement text; null = the whole statement. */
  span: [number, number] | null;
  /** The saved words, kept so the quote survives a corpus update that drops the statement. */
  text: string;
  speakerId: string | null;
  documentId: string;
  note: string;
  tags: string[];
  /** Corpus version the quote was saved against. */
  corpusVersion: string;
  createdAt: number;
  updatedAt: number;
  /** Per-field edit times (for the sync merge: last writer wins per field). */
  fieldTimes: { note: number; tags: number; span: number };
  /** Device that made the last edit (tie-break in the sync merge). */
  deviceId: string;
  /** Deletion tombstone time, or 0. Deleted quotes stay until compacted so deletions sync. */
  deletedAt: number;
}
