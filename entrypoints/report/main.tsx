/**
 * The article report (report.html?tab=<tabId>): every quote Verbatim checked on that tab, with verdict, diff
 * and original; exports as Markdown and JSON. Each row carries data-verdict and data-statement-id for scripts.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { QuoteDetails } from '@/components/verdict/QuoteDetails';
import { VerdictBadge } from '@/components/verdict/VerdictBadge';
import { StatementActions } from '@/components/popover/StatementActions';
import { messageActions, failure } from '@/components/popover/page-actions';
import { send } from '@/utils/messaging/client';
import type { CheckedQuote, StatementContext, TabResults } from '@/utils/messaging/page-messages';
import { reportFileName, reportJson, reportMarkdown } from '@/utils/highlight/article-report';
import type { QuoteVerdict } from '@/utils/matching/types';
import '@/components/verdict/theme.css';
import '@/components/verdict/verdict.css';
import './style.css';

const actions = messageActions((text) => navigator.clipboard.writeText(text), false);

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function QuoteRow({ quote }: { quote: CheckedQuote }) {
  const [context, setContext] = useState<StatementContext | null>(null);
  const first = quote.match?.statementIds[0];
  useEffect(() => {
    if (first) actions.statementContext(first).then(setContext, () => undefined);
  }, [first]);
  return (
    <article class="report-row" data-verdict={quote.verdict} data-statement-id={quote.match?.statementIds.join(' ') ?? ''} data-misattributed={String(quote.misattributed)}>
      <QuoteDetails
        quote={quote}
        context={context}
        actions={first ? <StatementActions actions={actions} statementId={first} span={quote.match?.statementIds.length === 1 ? quote.match.span : null} citation={quote.citation} /> : undefined}
      />
    </article>
  );
}

function Report() {
  const tabId = Number(new URLSearchParams(location.search).get('tab'));
  const [results, setResults] = useState<TabResults | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!Number.isInteger(tabId) || tabId < 0) {
      setError('This report needs a tab: open it from Verbatim’s popover or popup.');
      return;
    }
    send('tab:results', { tabId }).then(setResults, (e: unknown) => setError(failure(e)));
  }, []);
  if (error) return <main><h1>Article report</h1><p class="vb-error" role="alert">{error}</p></main>;
  if (results === undefined) return <main><h1>Article report</h1><p role="status">Loading…</p></main>;
  if (results === null) return <main><h1>Article report</h1><p data-testid="report-empty">Verbatim has not checked any quotes on this tab (the page was closed, reloaded, or is not an article).</p></main>;
  const checked = results.quotes.filter((q) => q.verdict !== 'scare');
  const scare = results.quotes.filter((q) => q.verdict === 'scare');
  const counts = new Map<QuoteVerdict, number>();
  for (const q of checked) counts.set(q.verdict, (counts.get(q.verdict) ?? 0) + 1);
  return (
    <main data-testid="report" data-quote-count={checked.length}>
      <h1>Article report: {results.title || 'untitled page'}</h1>
      <p class="report-meta">
        <a href={results.url} target="_blank" rel="noopener noreferrer">{results.url}</a> · checked {new Date(results.checkedAt).toLocaleString()} against the Kremlin’s English transcript of the SCO summit in Astana (July 2024).
      </p>
      {results.problem && (
        <p class="vb-error" role="alert" data-testid="report-problem">
          Verbatim hit a problem on this page, so this report may be incomplete: {results.problem} Reload the page to check it again.
        </p>
      )}
      <div class="report-summary" aria-label="Verdicts">
        {checked.length} quote{checked.length === 1 ? '' : 's'} checked:{' '}
        {[...counts].map(([v, n]) => (
          <span key={v}>
            <VerdictBadge verdict={v} /> ×{n}
          </span>
        ))}
      </div>
      <div class="report-toolbar">
        <button type="button" class="vb-button" data-action="export-markdown" onClick={() => download(reportFileName(results, 'md'), 'text/markdown', reportMarkdown(results))}>
          Export Markdown
        </button>
        <button type="button" class="vb-button" data-action="export-json" onClick={() => download(reportFileName(results, 'json'), 'application/json', reportJson(results))}>
          Export JSON
        </button>
      </div>
      {checked.map((q) => (
        <QuoteRow key={q.index} quote={q} />
      ))}
      {scare.length > 0 && (
        <p class="report-scare">
          Also in quotation marks, not checked as statements: {scare.map((q) => `“${q.text}”`).join(', ')}.
        </p>
      )}
    </main>
  );
}

render(<Report />, document.getElementById('app') as HTMLElement);
