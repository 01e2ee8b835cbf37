/**
 * How the reader lays out a document: statements grouped into speaker turns, with the links between press
 * questions and their answers. Pure (no DOM): tested in Node.
 */
import type { CorpusView } from '@/utils/corpus/corpus-view';
import type { CorpusDocument, Statement } from '@/utils/corpus/types';

export interface Turn {
  /** Index of the turn in the corpus (Statement.turn). */
  turn: number;
  speakerId: string | null;
  statements: Statement[];
  /** The turn is a press question: the first statement of the answer, if the transcript has one. */
  answerId: string | null;
  /** The turn answers a press question: the question's first statement. */
  questionId: string | null;
  interpreted: boolean;
}

export interface DocumentLayout {
  document: CorpusDocument;
  turns: Turn[];
  statementCount: number;
}

export function layoutDocuments(view: CorpusView): DocumentLayout[] {
  const answers = new Map<string, string>();
  for (const s of view.corpus.statements) if (s.answersQuestionId && !answers.has(s.answersQuestionId)) answers.set(s.answersQuestionId, s.id);
  return [...view.corpus.documents]
    .sort((a, b) => a.order - b.order)
    .map((document) => {
      const statements = view.corpus.statements.filter((s) => s.documentId === document.id).sort((a, b) => a.order - b.order);
      const turns: Turn[] = [];
      for (const statement of statements) {
        let turn = turns[turns.length - 1];
        if (!turn || turn.turn !== statement.turn) {
          turn = { turn: statement.turn, speakerId: statement.speakerId, statements: [], answerId: null, questionId: null, interpreted: false };
          turns.push(turn);
        }
        turn.statements.push(statement);
        turn.answerId ??= answers.get(statement.id) ?? null;
        turn.questionId ??= statement.answersQuestionId;
        turn.interpreted ||= statement.retranslated;
      }
      return { document, turns, statementCount: statements.length };
    });
}
