/**
 * Exports of the collection, pure. JSON is complete and lossless (it is also the import format); CSV opens
 * in spreadsheets; Markdown and CSL-JSON carry citations made by the same formatter as "copy citation".
 */
import { formatCitation } from '../citation';
import { citationSourceOf, type CorpusLookup } from './corpus-lookup';
import type { CollectionItem, SavedQuote } from './types';

export type ExportFormat = 'json' | 'csv' | 'markdown' | 'csl-json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'markdown', 'csl-json'];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON (complete, for import)',
  csv: 'CSV (spreadsheet)',
  markdown: 'Markdown',
  'csl-json': 'CSL-JSON (reference managers)',
};

/** Identifies a Verbatim collection file, and the version of its format (import refuses versions it does not know). */
export const EXPORT_FORMAT_NAME = 'verbatim-collection';
export const EXPORT_FORMAT_VERSION = 1;

export interface CollectionFile {
  format: typeof EXPORT_FORMAT_NAME;
  version: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  corpusVersion: string;
  quotes: SavedQuote[];
}

export interface ExportedFile {
  filename: string;
  mimeType: string;
  content: string;
}

/** The stored fields of a quote, in a fixed order (the page's join fields are not exported). */
export function storedFields(q: SavedQuote): SavedQuote {
  return {
    id: q.id,
    statementId: q.statementId,
    span: q.span,
    text: q.text,
    speakerId: q.speakerId,
    documentId: q.documentId,
    note: q.note,
    tags: [...q.tags],
    corpusVersion: q.corpusVersion,
    createdAt: q.createdAt,
    updatedAt: q.updatedAt,
    fieldTimes: { note: q.fieldTimes.note, tags: q.fieldTimes.tags, span: q.fieldTimes.span, deleted: q.fieldTimes.deleted },
    fieldDevices: { note: q.fieldDevices.note, tags: q.fieldDevices.tags, span: q.fieldDevices.span, deleted: q.fieldDevices.deleted },
    noteAncestors: [...q.noteAncestors],
    deviceId: q.deviceId,
    deletedAt: q.deletedAt,
  };
}

export function exportJson(items: readonly SavedQuote[], corpusVersion: string, now: Date): string {
  const file: CollectionFile = {
    format: EXPORT_FORMAT_NAME,
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    corpusVersion,
    quotes: items.map(storedFields),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote, or line break; quotes doubled. A cell that
 * starts with = + - @ or a tab/CR is prefixed with an apostrophe so a spreadsheet shows it as text instead of
 * running it as a formula (the OWASP advice for CSV exports; quotes and notes are text the user did not write).
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_HEADER = ['Quote', 'Speaker', 'Role', 'Document', 'Date', 'Place', 'Note', 'Tags', 'Citation', 'Statement ID', 'Span start', 'Span end', 'Saved', 'Edited', 'Statement missing from corpus', 'ID'];

export function exportCsv(items: readonly CollectionItem[], corpus: CorpusLookup, link: (id: string) => string | null): string {
  const rows = [CSV_HEADER];
  for (const q of items) {
    const source = citationSourceOf(q, corpus, link);
    rows.push([
      q.text,
      q.speakerName ?? '',
      q.speakerRole ?? '',
      q.documentTitle,
      q.documentDate,
      source.place,
      q.note,
      q.tags.join('; '),
      formatCitation(source, 'text'),
      q.statementId,
      q.span ? String(q.span[0]) : '',
      q.span ? String(q.span[1]) : '',
      new Date(q.createdAt).toISOString(),
      new Date(q.updatedAt).toISOString(),
      q.statementMissing ? 'yes' : 'no',
      q.id,
    ]);
  }
  // UTF-8 byte order mark: Excel otherwise reads the file as the system code page and garbles “ ” — and ğ.
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function exportMarkdown(items: readonly CollectionItem[], corpus: CorpusLookup, link: (id: string) => string | null, now: Date): string {
  const out = [`# Saved quotes — Verbatim`, '', `${items.length} quote${items.length === 1 ? '' : 's'}, exported ${now.toISOString().slice(0, 10)}. Source: ${corpus.publisher}.`, ''];
  items.forEach((q, i) => {
    out.push(`## ${i + 1}. ${q.speakerName ?? corpus.publisher} — ${q.documentTitle}`, '');
    out.push(formatCitation(citationSourceOf(q, corpus, link), 'markdown'), '');
    if (q.statementMissing) out.push('*This statement is no longer in the bundled transcripts; the text above is the saved copy.*', '');
    if (q.note) out.push(`**Note:** ${q.note.replace(/\n/g, '  \n')}`, '');
    if (q.tags.length) out.push(`**Tags:** ${q.tags.join(', ')}`, '');
  });
  return out.join('\n');
}

/** CSL-JSON (Citation Style Language data), readable by Zotero, Mendeley, Pandoc and others. */
export function exportCslJson(items: readonly CollectionItem[], corpus: CorpusLookup, link: (id: string) => string | null): string {
  const csl = items.map((q) => {
    const doc = corpus.document(q.documentId);
    const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(q.documentDate);
    const item: Record<string, unknown> = {
      id: `verbatim-${q.id}`,
      type: 'speech',
      title: q.documentTitle,
      author: [{ literal: q.speakerName ?? corpus.publisher }],
      publisher: corpus.publisher,
      'event-place': doc?.place ?? '',
      abstract: q.text,
      note: [formatCitation(citationSourceOf(q, corpus, link), 'text'), q.note].filter(Boolean).join('\n\n'),
    };
    if (parts) item.issued = { 'date-parts': [[Number(parts[1]), Number(parts[2]), Number(parts[3])]] };
    if (doc?.url) item.URL = doc.url;
    if (q.tags.length) item.keyword = q.tags.join(', ');
    return item;
  });
  return `${JSON.stringify(csl, null, 2)}\n`;
}

export function exportCollection(
  format: ExportFormat,
  items: readonly CollectionItem[],
  corpus: CorpusLookup,
  link: (id: string) => string | null,
  now: Date,
): ExportedFile {
  const stamp = now.toISOString().slice(0, 10);
  switch (format) {
    case 'json':
      return { filename: `verbatim-collection-${stamp}.json`, mimeType: 'application/json', content: exportJson(items, corpus.version, now) };
    case 'csv':
      return { filename: `verbatim-collection-${stamp}.csv`, mimeType: 'text/csv;charset=utf-8', content: exportCsv(items, corpus, link) };
    case 'markdown':
      return { filename: `verbatim-collection-${stamp}.md`, mimeType: 'text/markdown;charset=utf-8', content: exportMarkdown(items, corpus, link, now) };
    case 'csl-json':
      return { filename: `verbatim-collection-${stamp}.csl.json`, mimeType: 'application/vnd.citationstyles.csl+json', content: exportCslJson(items, corpus, link) };
  }
}
