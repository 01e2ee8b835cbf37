/** Popover for a checked quote: the verdict and everything behind it (see QuoteDetails), loaded with its context. */
import type { CheckedQuote, StatementContext } from '@/utils/messaging/page-messages';
import { QuoteDetails } from '../verdict/QuoteDetails';
import type { PageActions } from './page-actions';
import { Loaded } from './Loaded';
import { StatementActions } from './StatementActions';

export function QuotePopoverBody({ quote, actions, headingId }: { quote: CheckedQuote; actions: PageActions; headingId: string }) {
  const first = quote.match?.statementIds[0];
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
  const view = (context: StatementContext | null, error: string | null) => (
    <div data-verdict={quote.verdict} data-statement-id={quote.match?.statementIds.join(' ') ?? ''}>
      <QuoteDetails quote={quote} context={context} headingId={headingId} actions={actionBar} />
      {error && <p class="vb-status vb-error">{error}</p>}
    </div>
  );
  // Nothing matched: no context to load.
  if (!first) return view(null, null);
  return (
    <Loaded key={first} load={() => actions.statementContext(first)}>
      {view}
    </Loaded>
  );
}
