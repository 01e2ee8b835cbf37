/** Popover for a checked quote: the verdict and everything behind it (see QuoteDetails), loaded with its context. */
import { useEffect, useState } from 'preact/hooks';
import type { CheckedQuote, StatementContext } from '@/utils/messaging/page-messages';
import { QuoteDetails } from '../verdict/QuoteDetails';
import { failure, type PageActions } from './page-actions';
import { StatementActions } from './StatementActions';

export function QuotePopoverBody({ quote, actions, headingId }: { quote: CheckedQuote; actions: PageActions; headingId: string }) {
  const [context, setContext] = useState<StatementContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  const first = quote.match?.statementIds[0];
  useEffect(() => {
    let live = true;
    if (first)
      actions.statementContext(first).then(
        (c) => live && setContext(c),
        (e: unknown) => live && setError(failure(e)),
      );
    return () => {
      live = false;
    };
  }, [first]);
  const report = actions.openReport;
  const actionBar = first ? (
    <StatementActions
      actions={actions}
      statementId={first}
      span={quote.match?.statementIds.length === 1 ? quote.match.span : null}
      citation={quote.citation}
      extra={
        report && (
          <button type="button" class="vb-button" data-action="report" onClick={() => void report()}>
            Article report
          </button>
        )
      }
    />
  ) : report ? (
    <div class="vb-actions">
      <button type="button" class="vb-button" data-action="report" onClick={() => void report()}>
        Article report
      </button>
    </div>
  ) : null;
  return (
    <div data-verdict={quote.verdict} data-statement-id={quote.match?.statementIds.join(' ') ?? ''}>
      <QuoteDetails quote={quote} context={context} headingId={headingId} actions={actionBar} />
      {error && <p class="vb-status vb-error">{error}</p>}
    </div>
  );
}
