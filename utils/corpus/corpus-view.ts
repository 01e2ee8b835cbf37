/**
 * Read-only lookups over a compiled corpus (by id, by speaker, context around a statement).
 * Built once per context (background, page, CLI) and shared by every feature.
 */
import type { Corpus, CorpusDocument, Entity, Speaker, Statement, Topic } from './types';

export class CorpusView {
  readonly statementById = new Map<string, Statement>();
  readonly speakerById = new Map<string, Speaker>();
  readonly documentById = new Map<string, CorpusDocument>();
  readonly entityById = new Map<string, Entity>();
  readonly topicById = new Map<string, Topic>();

  constructor(readonly corpus: Corpus) {
    for (const s of corpus.statements) this.statementById.set(s.id, s);
    for (const s of corpus.speakers) this.speakerById.set(s.id, s);
    for (const d of corpus.documents) this.documentById.set(d.id, d);
    for (const e of corpus.entities) this.entityById.set(e.id, e);
    for (const t of corpus.topics) this.topicById.set(t.id, t);
  }

  get version(): string {
    return this.corpus.version;
  }

  /** The statements of one speaker turn, in order. */
  turnOf(statement: Statement): Statement[] {
    return this.corpus.statements.filter((s) => s.turn === statement.turn);
  }

  /** The statement before and after, within the same document (for "the original in context"). */
  neighbours(statement: Statement, radius = 1): Statement[] {
    const all = this.corpus.statements;
    const from = Math.max(0, statement.order - radius);
    const to = Math.min(all.length - 1, statement.order + radius);
    return all.slice(from, to + 1).filter((s) => s.documentId === statement.documentId);
  }

  /** The question a press answer replies to: all paragraphs of the journalist's turn. */
  questionFor(statement: Statement): Statement[] {
    const first = statement.answersQuestionId ? this.statementById.get(statement.answersQuestionId) : undefined;
    return first ? this.turnOf(first) : [];
  }

  topicsOf(statementId: string): Topic[] {
    return this.corpus.topics.filter((t) => t.statementIds.includes(statementId));
  }
}
