/**
 * The collection in the extension's database: save, edit, delete/undo, list, import, export, and the local side
 * of sync (`LocalCollection`). Used by the background only (Dexie is opened there); every write goes through one
 * Dexie transaction and, for changes from elsewhere (sync, import), through the same merge as sync, so no
 * concurrent change is ever overwritten.
 */
import type { VerbatimDatabase } from '../db/database';
import { HybridClock } from '../sync/clock';
import { compareStamps } from '../sync/stamps';
import type { LocalCollection } from '../sync/engine';
import { mergeQuote, sameSyncedState, stampOf } from '../sync/merge';
import { toCollectionItem, type CorpusLookup } from './corpus-lookup';
import { exportCollection, type ExportedFile, type ExportFormat } from './export';
import { checkImportFile, describeImportReport, mergeImport, type ImportReport } from './import';
import { createQuote, deleteQuote, editQuote, restoreQuote, spanText, type EditContext, type QuotePatch } from './quote-edits';
import type { CollectionItem, SavedQuote, SyncedQuote } from './types';

/** 12 random base-36 characters (~62 bits): collisions between a user's quotes are practically impossible. */
export function randomId(length = 12): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export type ImportOutcome = { ok: true; report: ImportReport; message: string } | { ok: false; errors: string[] };

export interface SaveInput {
  statementId: string;
  span?: [number, number] | null;
  note?: string;
  tags?: string[];
}

export class CollectionStore implements LocalCollection {
  private constructor(
    private readonly db: VerbatimDatabase,
    private readonly corpus: CorpusLookup,
    readonly clock: HybridClock,
    readonly deviceId: string,
    private readonly onChange: () => void,
    private readonly newId: () => string,
  ) {}

  /** Reads (or makes) this device's id and restores the clock past every stored time. */
  static async open(db: VerbatimDatabase, corpus: CorpusLookup, options: { onChange?: () => void; newId?: () => string; wall?: () => number } = {}): Promise<CollectionStore> {
    let deviceId = (await db.collectionState.get('deviceId'))?.value;
    if (typeof deviceId !== 'string') {
      deviceId = randomId(8);
      await db.collectionState.put({ key: 'deviceId', value: deviceId });
    }
    const clock = new HybridClock(options.wall);
    const stored = (await db.collectionState.get('clock'))?.value;
    if (typeof stored === 'number') clock.observe(stored, true);
    await db.savedQuotes.each((q) => Object.values(q.fieldTimes).forEach((t) => clock.observe(t, true)));
    return new CollectionStore(db, corpus, clock, deviceId as string, options.onChange ?? (() => undefined), options.newId ?? (() => randomId()));
  }

  private ctx(): EditContext {
    return { deviceId: this.deviceId, time: this.clock.now(), corpusVersion: this.corpus.version };
  }

  private changed(): void {
    void this.db.collectionState.put({ key: 'clock', value: this.clock.latest }).catch((e: unknown) => console.error('Verbatim: could not store the sync clock', e));
    this.onChange();
  }

  /**
   * Saves a statement (or a span of it). Saving the same words again returns the quote already saved, with the
   * new note appended and the tags added, instead of a duplicate.
   */
  async save(input: SaveInput): Promise<SavedQuote> {
    const statement = this.corpus.statement(input.statementId);
    if (!statement) throw new Error(`Statement "${input.statementId}" is not in the transcripts bundled with this version of Verbatim.`);
    const span = input.span ?? null;
    spanText(statement.text, span); // validates the span before anything is written
    const saved = await this.db.transaction('rw', this.db.savedQuotes, async () => {
      const existing = (await this.db.savedQuotes.where('statementId').equals(input.statementId).toArray()).find(
        (q) => q.deletedAt === 0 && JSON.stringify(q.span) === JSON.stringify(span),
      );
      if (existing) {
        const note = input.note?.trim() ? (existing.note ? `${existing.note}\n\n${input.note.trim()}` : input.note) : undefined;
        const tags = input.tags?.length ? [...existing.tags, ...input.tags] : undefined;
        const next = editQuote(existing, { note, tags }, this.ctx(), statement.text);
        if (next !== existing) await this.db.savedQuotes.put(next);
        return next;
      }
      const quote = createQuote(this.newId(), statement, { span, note: input.note, tags: input.tags }, this.ctx());
      await this.db.savedQuotes.add(quote);
      return quote;
    });
    this.changed();
    return saved;
  }

  private async mustGet(id: string): Promise<SavedQuote> {
    const q = await this.db.savedQuotes.get(id);
    if (!q) throw new Error('This quote is no longer in your collection (it may have been deleted on another device).');
    return q;
  }

  async update(id: string, patch: QuotePatch): Promise<SavedQuote> {
    const next = await this.db.transaction('rw', this.db.savedQuotes, async () => {
      const q = await this.mustGet(id);
      const edited = editQuote(q, patch, this.ctx(), this.corpus.statement(q.statementId)?.text);
      await this.db.savedQuotes.put(edited);
      return edited;
    });
    this.changed();
    return next;
  }

  /** Deletes quotes (tombstones); returns the ids actually deleted, which `undoDelete` takes back. */
  async remove(ids: readonly string[]): Promise<string[]> {
    const deleted = await this.db.transaction('rw', this.db.savedQuotes, async () => {
      const rows = (await this.db.savedQuotes.bulkGet([...ids])).filter((q): q is SavedQuote => !!q && q.deletedAt === 0);
      const ctx = this.ctx();
      await this.db.savedQuotes.bulkPut(rows.map((q) => deleteQuote(q, ctx)));
      return rows.map((q) => q.id);
    });
    if (deleted.length) this.changed();
    return deleted;
  }

  async undoDelete(ids: readonly string[]): Promise<number> {
    const restored = await this.db.transaction('rw', this.db.savedQuotes, async () => {
      const rows = (await this.db.savedQuotes.bulkGet([...ids])).filter((q): q is SavedQuote => !!q && q.deletedAt > 0);
      const ctx = this.ctx();
      await this.db.savedQuotes.bulkPut(rows.map((q) => restoreQuote(q, ctx)));
      return rows.length;
    });
    if (restored) this.changed();
    return restored;
  }

  /** Every undeleted quote joined with the corpus. */
  async list(): Promise<CollectionItem[]> {
    const rows = await this.db.savedQuotes.where('deletedAt').equals(0).toArray();
    return rows.map((q) => toCollectionItem(q, this.corpus));
  }

  async all(): Promise<SavedQuote[]> {
    return this.db.savedQuotes.toArray();
  }

  async export(format: ExportFormat, ids: readonly string[] | null, link: (statementId: string) => string | null, now = new Date()): Promise<ExportedFile> {
    let items = await this.list();
    if (ids) {
      const wanted = new Set(ids);
      items = items.filter((q) => wanted.has(q.id));
    }
    items.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    return exportCollection(format, items, this.corpus, link, now);
  }

  /** Validates and merges a collection file in one transaction: all of it, or (on any problem) nothing. */
  async import(text: string): Promise<ImportOutcome> {
    const check = checkImportFile(text);
    if (!check.ok) return check;
    for (const q of check.quotes) Object.values(q.fieldTimes).forEach((t) => this.clock.observe(t));
    const report = await this.db.transaction('rw', this.db.savedQuotes, async () => {
      const merge = mergeImport(await this.db.savedQuotes.toArray(), check.quotes, Date.now());
      await this.db.savedQuotes.bulkPut(merge.put);
      return merge.report;
    });
    if (report.added || report.updated) this.changed();
    return { ok: true, report, message: describeImportReport(report) };
  }

  /** Sync side: stores merged versions, merging again with the row as it is now. */
  async applyMerged(quotes: SyncedQuote[], compacted: string[]): Promise<void> {
    if (!quotes.length && !compacted.length) return;
    await this.db.transaction('rw', this.db.savedQuotes, async () => {
      const current = await this.db.savedQuotes.bulkGet(quotes.map((q) => q.id));
      const put: SavedQuote[] = [];
      quotes.forEach((incoming, i) => {
        const local = current[i];
        if (incoming.statementId === '' && !local) return; // a deletion of a quote never seen here
        if (!local) {
          put.push(this.fromRemote(incoming));
          return;
        }
        const merged = mergeQuote(local, incoming);
        if (sameSyncedState(local, merged)) return;
        const spanFromRemote = compareStamps(stampOf(incoming, 'span'), stampOf(local, 'span')) > 0;
        const statement = this.corpus.statement(local.statementId);
        let text = local.text;
        if (spanFromRemote && statement) {
          try {
            text = spanText(statement.text, merged.span);
          } catch {
            // The other device's corpus differs and its span does not fit here: keep our saved words.
          }
        }
        put.push({ ...local, ...merged, text, updatedAt: Date.now() });
      });
      await this.db.savedQuotes.bulkPut(put);
      await this.db.savedQuotes.bulkDelete(compacted);
    });
    this.onChange();
  }

  /** A quote first seen through sync: its words, speaker and document come from this device's corpus. */
  private fromRemote(q: SyncedQuote): SavedQuote {
    const statement = this.corpus.statement(q.statementId);
    let text = '';
    if (statement) {
      try {
        text = spanText(statement.text, q.span);
      } catch {
        text = statement.text;
      }
    }
    const latest = Math.max(...Object.values(q.fieldTimes));
    return {
      ...q,
      text,
      speakerId: statement?.speakerId ?? null,
      documentId: statement?.documentId ?? q.statementId.replace(/-[0-9a-z]+(?:-\d+)?$/, ''),
      corpusVersion: statement ? this.corpus.version : '',
      updatedAt: latest,
      deviceId: q.fieldDevices.note || this.deviceId,
    };
  }
}
