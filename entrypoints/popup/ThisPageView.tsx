/**
 * The "This page" view: the quotes Verbatim checked on the current tab, with their verdicts, and the people
 * and topics it found. Choosing a quote scrolls the page to it and opens its popover; a link opens the
 * article report.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/utils/messaging/client';
import type { CheckedQuote, RevealQuoteMessage, TabResults } from '@/utils/messaging/page-messages';
import { VerdictBadge } from '@/components/verdict/VerdictBadge';
import { errorText, extensionPage } from '@/components/common/statement-actions';

/** The tab to describe: `?tab=<id>` (the popup opened as a page, in tests) or the active tab of this window. */
async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

type State = { kind: 'loading' } | { kind: 'none' } | { kind: 'error'; message: string } | { kind: 'results'; tabId: number; results: TabResults };

export function ThisPageView({ onStatus }: { onStatus: (text: string, error?: boolean) => void }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    (async () => {
      const tabId = await currentTabId();
      if (tabId === null) return setState({ kind: 'none' });
      const results = await send('tab:results', { tabId });
      setState(results ? { kind: 'results', tabId, results } : { kind: 'none' });
    })().catch((e: unknown) => setState({ kind: 'error', message: errorText(e) }));
  }, []);

  if (state.kind === 'loading') return <p class="status">Looking at this page…</p>;
  if (state.kind === 'error') return <p class="status status--error" role="alert">{state.message}</p>;
  if (state.kind === 'none') {
    return <p class="empty" data-testid="page-empty">Verbatim has not checked any quotes on this page. Open a news article about the SCO summit in Astana and the quotes it contains are checked as the page loads.</p>;
  }

  const { results, tabId } = state;
  const reveal = (quote: CheckedQuote) => {
    const message: RevealQuoteMessage = { verbatim: 1, type: 'page:reveal-quote', payload: { index: quote.index } };
    browser.tabs.sendMessage(tabId, message).then(
      () => window.close(),
      () => onStatus('The page cannot be reached; reload it and try again.', true),
    );
  };
  const openReport = () => {
    browser.tabs.create({ url: `${extensionPage('report.html')}?tab=${tabId}` }).then(() => window.close(), (e: unknown) => onStatus(errorText(e), true));
  };

  return (
    <div class="page-view">
      <p class="label-small page-view__title">{results.title || results.url}</p>
      {results.problem && (
        <p class="status status--error" role="alert" data-testid="page-problem">
          Verbatim hit a problem on this page, so what it shows may be incomplete: {results.problem} Reload the page to try again.
        </p>
      )}
      <h2 class="section-title">
        {results.quotes.length} quote{results.quotes.length === 1 ? '' : 's'} checked
      </h2>
      {results.quotes.length === 0 ? (
        <p class="empty">No quotations from the Astana summit were found on this page.</p>
      ) : (
        <ol class="page-quotes" aria-label="Quotes on this page">
          {results.quotes.map((quote) => (
            <li key={quote.index} class="page-quote" data-testid="page-quote">
              <button type="button" class="page-quote__button" onClick={() => reveal(quote)} aria-describedby={`quote-${quote.index}-why`}>
                <VerdictBadge verdict={quote.verdict} misattributed={quote.misattributed} />
                <span class="page-quote__text">“{quote.text}”</span>
                {quote.attributedTo && <span class="label-small">— {quote.attributedTo}</span>}
              </button>
              <p class="label-small page-quote__why" id={`quote-${quote.index}-why`}>
                {quote.explanation}
              </p>
            </li>
          ))}
        </ol>
      )}
      {results.mentions.length > 0 && (
        <>
          <h2 class="section-title">People and topics on this page</h2>
          <ul class="mentions" aria-label="People and topics on this page">
            {results.mentions.map((m) => (
              <li key={m.entityId} class="tag">
                {m.name} <span aria-hidden="true">×{m.count}</span>
                <span class="visually-hidden">, {m.count === 1 ? 'once' : `${m.count} times`}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <button type="button" class="button" data-testid="open-report" onClick={openReport}>
          Open the article report
        </button>
      </p>
    </div>
  );
}
