/**
 * Citations: one formatter for "copy citation" (popup, popover, reader, report) and for the collection's
 * exports (Markdown, CSV, CSL-JSON). Pure.
 */
export interface CitationSource {
  statementId: string;
  /** The quoted words (a span of the statement, or all of it). */
  text: string;
  speaker: string | null;
  role: string | null;
  documentTitle: string;
  place: string;
  /** ISO date. */
  date: string;
  /** "The Kremlin". */
  publisher: string;
  /** Link to the statement in the reader (extension URL), or null outside the extension. */
  link: string | null;
}

export type CitationFormat = 'text' | 'markdown';

/** Filled in by the popup/reader work; the collection's export uses the same function. */
export function formatCitation(source: CitationSource, format: CitationFormat = 'text'): string {
  const who = source.speaker ? `${source.speaker}${source.role ? `, ${source.role}` : ''}` : source.publisher;
  const where = `“${source.documentTitle}”, ${source.place}, ${source.date}. ${source.publisher}.`;
  if (format === 'markdown') return `> ${source.text}\n\n— ${who}. ${where}${source.link ? ` [${source.statementId}](${source.link})` : ''}`;
  return `“${source.text}” — ${who}. ${where}${source.link ? ` ${source.link}` : ''}`;
}
