/**
 * Corpus statements shaped for the page UI (popover, report): speaker, document, Kremlin link and a ready
 * citation. Runs in the background, which holds the corpus; the content script only receives the cards.
 */
import { citationSourceFor, type CitationSource } from '../citation';
import type { CorpusView } from '../corpus/corpus-view';
import type { Statement } from '../corpus/types';
import type { QuoteMatch } from '../matching/types';
import type { MentionDetails, StatementCard, StatementContext } from '../messaging/page-messages';

/** Builds the link to a statement in the reader (an extension URL in the background, null in Node). */
export type ReaderLink = (statementId: string) => string | null;

/**
 * How many statements a popover lists per section. Eight keeps the popover one short scroll on a laptop
 * screen; the totals say how many more there are, and the reader has them all.
 */
export const POPOVER_STATEMENTS = 8;

export function statementCard(view: CorpusView, statement: Statement, readerLink: ReaderLink, words?: string): StatementCard {
  const speaker = statement.speakerId ? view.speakerById.get(statement.speakerId) : undefined;
  const doc = view.documentById.get(statement.documentId);
  const role = speaker ? (speaker.role ?? speaker.outlet) : null;
  // One way to cite a statement everywhere (popup, reader, popovers, exports): utils/citation builds the source.
  const base = citationSourceFor(view, statement.id);
  const citation: CitationSource = {
    ...(base ?? { statementId: statement.id, speaker: null, role: null, documentTitle: statement.documentId, place: '', date: '', publisher: view.corpus.source.publisher }),
    text: words ?? statement.text,
    link: readerLink(statement.id),
  };
  return {
    id: statement.id,
    text: statement.text,
    kind: statement.kind,
    speakerId: statement.speakerId,
    speaker: speaker?.name ?? null,
    speakerRole: role,
    documentId: statement.documentId,
    document: doc?.title ?? statement.documentId,
    kremlinUrl: doc?.source.url ?? null,
    citation,
  };
}

/** Citation and Kremlin link of an engine match (the matched words, not the whole statement). */
export function matchCitation(view: CorpusView, match: QuoteMatch | null, readerLink: ReaderLink): { citation: CitationSource | null; kremlinUrl: string | null } {
  const first = match?.statementIds[0];
  const statement = first ? view.statementById.get(first) : undefined;
  if (!match || !statement) return { citation: null, kremlinUrl: null };
  const card = statementCard(view, statement, readerLink, match.original);
  return { citation: card.citation, kremlinUrl: card.kremlinUrl };
}

/** Statements shorter than this (greetings, "Thank you.") are listed after the others: ~one short sentence. */
export const SUBSTANTIAL_CHARS = 60;

function cards(view: CorpusView, ids: readonly string[], readerLink: ReaderLink): StatementCard[] {
  const out: StatementCard[] = [];
  for (const id of ids) {
    if (out.length >= POPOVER_STATEMENTS) break;
    const s = view.statementById.get(id);
    if (s) out.push(statementCard(view, s, readerLink));
  }
  return out;
}

/** Popover details for `entity:<id>`; null when the corpus has no such entity. */
export function entityDetails(view: CorpusView, entityId: string, readerLink: ReaderLink): MentionDetails | null {
  const e = view.entityById.get(entityId);
  if (!e) return null;
  // Narration and headings say little; a speaker's own words come first.
  const saidBy = e.statementsBy.filter((id) => {
    const kind = view.statementById.get(id)?.kind;
    return kind === 'answer' || kind === 'remark' || kind === 'question';
  });
  // Substantial statements first: "Mr President." says nothing about what the person said at the summit.
  const substance = (id: string) => ((view.statementById.get(id)?.text.length ?? 0) >= SUBSTANTIAL_CHARS ? 0 : 1);
  saidBy.sort((a, b) => substance(a) - substance(b));
  const mentioned = e.mentionedIn.filter((id) => !saidBy.includes(id));
  return {
    termId: `entity:${e.id}`,
    name: e.name,
    type: e.type,
    description: e.description,
    saidBy: cards(view, saidBy, readerLink),
    saidByTotal: saidBy.length,
    mentionedIn: cards(view, mentioned, readerLink),
    mentionedInTotal: mentioned.length,
  };
}

export function topicDetails(view: CorpusView, topicId: string, readerLink: ReaderLink): MentionDetails | null {
  const t = view.topicById.get(topicId);
  if (!t) return null;
  return {
    termId: `topic:${t.id}`,
    name: t.name,
    type: 'topic',
    description: `A subject of the summit: ${t.statementIds.length} statement${t.statementIds.length === 1 ? '' : 's'} in the transcript.`,
    saidBy: [],
    saidByTotal: 0,
    mentionedIn: cards(view, t.statementIds, readerLink),
    mentionedInTotal: t.statementIds.length,
  };
}

/**
 * Two statements either side: enough to see what a sentence answered or led to, short enough for a popover.
 * Press answers also get the question asked (all paragraphs of the journalist's turn).
 */
export const CONTEXT_RADIUS = 2;

export function statementContext(view: CorpusView, statementId: string, readerLink: ReaderLink): StatementContext | null {
  const s = view.statementById.get(statementId);
  if (!s) return null;
  const around = view.neighbours(s, CONTEXT_RADIUS).filter((n) => n.kind !== 'heading');
  const question = s.kind === 'answer' ? view.questionFor(s) : [];
  const asked = new Set(question.map((q) => q.id));
  const card = (x: Statement) => statementCard(view, x, readerLink);
  return {
    statement: card(s),
    before: around.filter((n) => n.order < s.order && !asked.has(n.id)).map(card),
    after: around.filter((n) => n.order > s.order).map(card),
    question: question.map(card),
  };
}
