/**
 * The original words in the transcript with the statements around them, and for a press answer the question
 * that was asked. The matched words are marked.
 */
import type { QuoteMatch } from '@/utils/matching/types';
import type { StatementCard, StatementContext } from '@/utils/messaging/page-messages';

function who(card: StatementCard): string {
  return card.speaker ? `${card.speaker}${card.speakerRole ? `, ${card.speakerRole}` : ''}` : 'The Kremlin (narration)';
}

/** The speaker's name where it changes from the paragraph before (none before: always). */
function label(card: StatementCard, prev: StatementCard | undefined): string | undefined {
  return prev?.speaker === card.speaker ? undefined : who(card);
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
      {before.map((s, i) => (
        // Whose words these are, where the speaker changes (shown by the stylesheet from data-who).
        <p key={s.id} class="vb-around" data-who={label(s, before[i - 1])}>
          {s.text}
        </p>
      ))}
      <p class="vb-who">{who(statement)}</p>
      <blockquote class="vb-original" data-statement-id={statement.id}>
        <Marked text={statement.text} span={match.statementIds[0] === statement.id ? match.span : null} />
      </blockquote>
      {after.map((s, i) => (
        <p key={s.id} class={continued.has(s.id) ? 'vb-original' : 'vb-around'} data-who={label(s, i ? after[i - 1] : statement)}>
          {continued.has(s.id) ? <mark>{s.text}</mark> : s.text}
        </p>
      ))}
    </div>
  );
}
