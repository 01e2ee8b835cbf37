/**
 * What one search result shows (popup) or prints (CLI): who said it, in what capacity, where, and the
 * matched words in context. Pure.
 */
import type { CorpusView } from '../corpus/corpus-view';
import { speakerRole } from '../citation';
import type { Statement } from '../corpus/types';
import { highlightRanges, snippet, type TextSegment } from './highlight';
import type { SearchHit } from './search-engine';

export interface ResultView {
  statementId: string;
  statement: Statement;
  /** "Vladimir Putin", or "The Kremlin (narration)". */
  speaker: string;
  speakerId: string | null;
  /** "President of Russia", "Channel One journalist", or null. */
  role: string | null;
  documentId: string;
  documentTitle: string;
  /** "Question", "Answer", "Narration", or null for remarks (the usual case needs no label). */
  kindLabel: string | null;
  /** Spoken through an interpreter. */
  interpreted: boolean;
  snippet: TextSegment[];
  score: number;
  partial: boolean;
}

export const NARRATION_LABEL = 'The Kremlin (narration)';

const KIND_LABELS: Partial<Record<Statement['kind'], string>> = { question: 'Question', answer: 'Answer', narration: 'Narration' };

export function describeSpeaker(view: CorpusView, statement: Statement): { name: string; role: string | null } {
  const speaker = statement.speakerId ? view.speakerById.get(statement.speakerId) : undefined;
  if (!speaker) return { name: NARRATION_LABEL, role: null };
  return { name: speaker.name, role: speakerRole(speaker) };
}

export function resultView(view: CorpusView, hit: SearchHit, snippetLength?: number): ResultView | null {
  const statement = view.statementById.get(hit.statementId);
  if (!statement) return null;
  const { name, role } = describeSpeaker(view, statement);
  const ranges = highlightRanges(statement.text, hit.matchedWords, hit.phrases);
  return {
    statementId: statement.id,
    statement,
    speaker: name,
    speakerId: statement.speakerId,
    role,
    documentId: statement.documentId,
    documentTitle: view.documentById.get(statement.documentId)?.title ?? statement.documentId,
    kindLabel: KIND_LABELS[statement.kind] ?? null,
    interpreted: statement.retranslated,
    snippet: snippet(statement.text, ranges, snippetLength),
    score: hit.score,
    partial: hit.partial,
  };
}
