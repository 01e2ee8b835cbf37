/**
 * A speaker turn: the speaker's name and role, marks for interpreted speech and press questions, links
 * between a question and its answer, then the paragraphs. The Kremlin's narration is set apart.
 */
import { Fragment } from 'preact';
import type { CorpusView } from '@/utils/corpus/corpus-view';
import { speakerRole } from '@/utils/citation';
import { Statement, type StatementAction } from './Statement';
import type { Turn as TurnLayout } from './transcript-layout';

export const CUT_LABEL = 'The Kremlin’s transcript leaves out part of what was said here.';

export function Turn({ turn, view, onAction }: { turn: TurnLayout; view: CorpusView; onAction: (statementId: string, action: StatementAction) => void }) {
  const speaker = turn.speakerId ? view.speakerById.get(turn.speakerId) : undefined;
  const role = speaker ? speakerRole(speaker) : null;
  const first = turn.statements[0];
  const isQuestion = first?.kind === 'question';
  const asker = turn.questionId ? view.statementById.get(turn.questionId) : undefined;
  const askerName = asker?.speakerId ? view.speakerById.get(asker.speakerId)?.name : undefined;
  const body = turn.statements.map((s) => (
    <Fragment key={s.id}>
      <Statement statement={s} onAction={(action) => onAction(s.id, action)} />
      {s.cutAfter && (
        <p class="cut" data-testid="cut">
          <span aria-hidden="true">&lt;…&gt;</span>
          <span class="cut__label">{CUT_LABEL}</span>
        </p>
      )}
    </Fragment>
  ));

  if (!speaker) {
    return (
      <div class="turn turn--narration" data-testid="narration">
        <p class="turn__who label-small">The Kremlin (narration)</p>
        {body}
      </div>
    );
  }
  return (
    <div class={`turn${isQuestion ? ' turn--question' : ''}`} data-testid="turn">
      <p class="turn__who">
        <strong>{speaker.name}</strong>
        {role && <span class="turn__role">, {role}</span>}
        {isQuestion && <span class="tag">Question</span>}
        {turn.interpreted && (
          <span class="tag tag--interpreted" title="Spoken through an interpreter: the words are the interpreter’s English" data-testid="interpreted">
            Interpreted
          </span>
        )}
      </p>
      {turn.questionId && (
        <p class="turn__link label-small">
          <a href={`#${turn.questionId}`}>↑ In answer to {askerName ? `${askerName}’s question` : 'the question'}</a>
        </p>
      )}
      {body}
      {turn.answerId && (
        <p class="turn__link label-small">
          <a href={`#${turn.answerId}`} data-testid="answer-link">
            ↓ Go to the answer
          </a>
        </p>
      )}
    </div>
  );
}
