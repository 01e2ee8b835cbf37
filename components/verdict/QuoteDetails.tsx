/**
 * Everything about one checked quote: verdict in words, explanation, misattribution, the word diff, the
 * original in context, speaker and document, the Kremlin source, and actions. Used by the in-page popover and
 * the article report.
 */
import type { ComponentChildren } from 'preact';
import type { CheckedQuote, StatementContext } from '@/utils/messaging/page-messages';
import { OriginalInContext } from './OriginalInContext';
import { VerdictBadge } from './VerdictBadge';
import { WordDiff } from './WordDiff';

export function QuoteDetails({ quote, context, actions, headingId }: { quote: CheckedQuote; context: StatementContext | null; actions?: ComponentChildren; headingId?: string }) {
  const m = quote.match;
  return (
    <div class="vb-quote">
      <h2 class="vb-title" id={headingId}>
        <VerdictBadge verdict={quote.verdict} misattributed={quote.misattributed} />
      </h2>
      <p class="vb-quoted" dir="auto">“{quote.text}”{quote.attributedTo ? <span class="vb-credit"> — credited to {quote.attributedTo}</span> : null}</p>
      <p class="vb-explanation">{quote.explanation}</p>
      {quote.misattribution && <p class="vb-warning">{quote.misattribution}</p>}
      {quote.changes.length > 0 && (
        <ul class="vb-changes" aria-label="Changes that can alter the meaning">
          {quote.changes.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      )}
      {m && quote.verdict !== 'verbatim' && <WordDiff diff={quote.diff} />}
      {m && (
        <>
          <h3 class="vb-sub">In the transcript</h3>
          <OriginalInContext match={m} context={context} />
          <p class="vb-meta">
            {m.speaker}
            {m.speakerRole ? `, ${m.speakerRole}` : ''} · {m.document}
            {m.isQuestion ? ' · a journalist’s question' : ''}
          </p>
          <p class="vb-meta">
            Source:{' '}
            {quote.kremlinUrl ? (
              <a href={quote.kremlinUrl} target="_blank" rel="noopener noreferrer">
                The Kremlin
              </a>
            ) : (
              'The Kremlin, English transcript (kremlin.ru)'
            )}
            {quote.citation?.date ? `, ${quote.citation.date}` : ''}
          </p>
        </>
      )}
      {actions && <div class="vb-actions">{actions}</div>}
    </div>
  );
}
