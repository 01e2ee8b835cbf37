/**
 * The original words in the transcript with the statements around them, and for a press answer the question
 * that was asked. The matched words are marked.
 */
import type { QuoteMatch } from '@/utils/matching/types';
import type { StatementCard, StatementContext } from '@/utils/messaging/page-messages';

function who(card: StatementCard): string {
  return card.speaker ? `${card.speaker}${card.speakerRole ? `, ${card.speakerRole}` : ''}` : 'The Kremlin (narration)';
}

function Marked({ text, span }: { text: string; span: [number, number] | null }) {
  if (!span || span[0] < 0 || span[1] > text.length || span[0] >= span[1]) return <>{text}</>;
  return (
    <>
      {text.slice(0, span[0])}
      <mark>{text.slice(span[0], span[1])}</mark>
      {text.slice(span[1])}
    </>
  );
}

export function OriginalInContext({ match, context }: { match: QuoteMatch; context: StatementContext | null }) {
  if (!context) {
    return (
      <blockquote class="vb-original">
        <mark>{match.original}</mark>
      </blockquote>
    );
  }
  const { statement, before, after, question } = context;
  // The match may run into the next statements: mark the rest of those too.
  const continued = new Set(match.statementIds.slice(1));
  return (
    <div class="vb-context">
      {question.length > 0 && (
        <div class="vb-question">
          <p class="vb-who">Question — {who(question[0] as StatementCard)}</p>
          {question.map((q) => (
            <p key={q.id}>{q.text}</p>
          ))}
        </div>
      )}
      {before.map((s) => (
        <p key={s.id} class="vb-around">
          {s.text}
        </p>
      ))}
      <p class="vb-who">{who(statement)}</p>
      <blockquote class="vb-original" data-statement-id={statement.id}>
        <Marked text={statement.text} span={match.statementIds[0] === statement.id ? match.span : null} />
      </blockquote>
      {after.map((s) => (
        <p key={s.id} class={continued.has(s.id) ? 'vb-original' : 'vb-around'}>
          {continued.has(s.id) ? <mark>{s.text}</mark> : s.text}
        </p>
      ))}
    </div>
  );
}
