/**
 * Citations: one formatter for "copy citation" (popup, popover, reader, report) and for the collection's
 * exports (Markdown, CSV, CSL-JSON). Pure.
 *
 * Plain text:
 *   “The Taliban are, of course, our allies in the fight against terrorism.” — Vladimir Putin, President of
 *   Russia (through an interpreter). “SCO Summit in Astana: Answers to Russian media questions”, Astana,
 *   5 July 2024. English transcript published by the Kremlin. <link>
 * Markdown: the quote as a block quote, then the same attribution with the title in italics and a link.
 */
import type { CorpusView } from '../corpus/corpus-view';
import type { Speaker } from '../corpus/types';

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
  /** The speaker spoke through an interpreter: the words are the interpreter's English. */
  interpreted?: boolean;
  /** The publisher's own page for the document, when the corpus knows it. */
  sourceUrl?: string | null;
}

export type CitationFormat = 'text' | 'markdown';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-07-05" → "5 July 2024" (the transcript's own style; fixed English, whatever the browser's locale). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** Who said it: "Vladimir Putin, President of Russia", or the publisher for the Kremlin's own narration. */
function attribution(source: CitationSource): string {
  if (!source.speaker) return `${source.publisher} (narration)`;
  const who = source.role ? `${source.speaker}, ${source.role}` : source.speaker;
  return source.interpreted ? `${who} (through an interpreter)` : who;
}

/** Collapses line breaks and runs of spaces: a citation is one paragraph. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Escapes the characters that would turn quoted words into Markdown formatting or links. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/**
 * The citation in plain text or Markdown. Always: the words, who said them (and their role), the document's
 * title, place and date, the publisher as the source, and the link to the statement when there is one.
 */
export function formatCitation(source: CitationSource, format: CitationFormat = 'text'): string {
  return format === 'markdown' ? citationMarkdown(source) : citationText(source);
}

/** The plain-text citation (the in-page popover copies only this one, so it ships without the Markdown code). */
export function citationText(source: CitationSource): string {
  const links = [source.sourceUrl, source.link].filter((l): l is string => Boolean(l));
  return `“${oneLine(source.text)}” — ${attribution(source)}. “${oneLine(source.documentTitle)}”, ${source.place}, ${formatDate(source.date)}. ${published(source)}.${links.length ? ` ${links.join(' ')}` : ''}`;
}

function citationMarkdown(source: CitationSource): string {
  const title = `*${escapeMarkdown(oneLine(source.documentTitle))}*`;
  const publisher = source.sourceUrl ? `[${escapeMarkdown(published(source))}](${source.sourceUrl})` : escapeMarkdown(published(source));
  const link = source.link ? ` [Statement in Verbatim](${source.link})` : '';
  return `> ${escapeMarkdown(oneLine(source.text))}\n\n— ${escapeMarkdown(attribution(source))}. ${title}, ${escapeMarkdown(source.place)}, ${formatDate(source.date)}. ${publisher}.${link}`;
}

/** "published by the Kremlin": a leading article is lower case mid-sentence. */
const published = (source: CitationSource) => `English transcript published by ${source.publisher.replace(/^The /, 'the ')}`;

/** What a speaker is, as citations and results show it: the leader's office, or "Channel One journalist". */
export function speakerRole(speaker: Speaker): string | null {
  if (speaker.role) return speaker.role;
  if (speaker.kind === 'journalist') return speaker.outlet ? `${speaker.outlet} journalist` : 'journalist';
  return speaker.outlet;
}

/** The reader's deep link to a statement: `<reader page URL>#<statementId>`. */
export function readerLink(readerUrl: string, statementId: string): string {
  return `${readerUrl.replace(/#.*$/, '')}#${encodeURIComponent(statementId)}`;
}

/**
 * Everything a citation needs, from a statement id and the corpus. `span` cuts the quoted words out of the
 * statement ([start, end) offsets, as saved quotes store them); `readerUrl` is the extension's reader page
 * (`browser.runtime.getURL('/reader.html')`), or null where there is none (CLI, tests).
 * Returns null for an id the corpus does not know.
 */
export function citationSourceFor(
  view: CorpusView,
  statementId: string,
  options: { span?: [number, number] | null; readerUrl?: string | null } = {},
): CitationSource | null {
  const statement = view.statementById.get(statementId);
  if (!statement) return null;
  const document = view.documentById.get(statement.documentId);
  const speaker = statement.speakerId ? view.speakerById.get(statement.speakerId) : undefined;
  const span = options.span;
  const text = span ? statement.text.slice(Math.max(0, span[0]), Math.min(statement.text.length, span[1])) : statement.text;
  return {
    statementId,
    text,
    speaker: speaker?.name ?? null,
    role: speaker ? speakerRole(speaker) : null,
    documentTitle: document?.title ?? statement.documentId,
    place: document?.place ?? '',
    date: document?.date ?? '',
    publisher: document?.source.name ?? view.corpus.source.publisher,
    link: options.readerUrl ? readerLink(options.readerUrl, statementId) : null,
    interpreted: statement.retranslated,
    sourceUrl: document?.source.url ?? null,
  };
}
