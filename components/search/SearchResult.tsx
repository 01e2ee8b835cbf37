/**
 * One search result: who said it (and in what capacity), the matched words in context, the document, and the
 * actions. The result body is focusable (roving focus, see ResultList): ↑/↓ move, Enter opens in context,
 * S saves, C copies the citation, M copies it as Markdown.
 */
import type { ResultView } from '@/utils/search/result-view';
import { HighlightedText } from './HighlightedText';

export type ResultAction = 'open' | 'save' | 'copy' | 'copy-markdown';

export function SearchResult({ result, focusable, onAction }: { result: ResultView; focusable: boolean; onAction: (action: ResultAction) => void }) {
  const base = `result-${result.statementId}`;
  return (
    <li class="result" data-testid="search-result" data-statement-id={result.statementId}>
      <article class="result__body" tabIndex={focusable ? 0 : -1} aria-labelledby={`${base}-who`} aria-describedby={`${base}-text ${base}-doc`} data-result-body>
        <p class="result__who" id={`${base}-who`}>
          <strong>{result.speaker}</strong>
          {result.role && <span class="result__role">, {result.role}</span>}
          {result.kindLabel && <span class="tag">{result.kindLabel}</span>}
          {result.interpreted && (
            <span class="tag" title="Spoken through an interpreter: the words are the interpreter’s English">
              Interpreted
            </span>
          )}
        </p>
        <p class="result__text" id={`${base}-text`}>
          <HighlightedText segments={result.snippet} />
        </p>
        <p class="result__doc label-small" id={`${base}-doc`}>
          {result.documentTitle}
        </p>
      </article>
      <div class="actions result__actions">
        <button type="button" class="button" data-action="save" onClick={() => onAction('save')} aria-keyshortcuts="S">
          Save
        </button>
        <button type="button" class="button" data-action="copy" onClick={() => onAction('copy')} aria-keyshortcuts="C">
          Copy citation
        </button>
        <button type="button" class="button" data-action="copy-markdown" onClick={() => onAction('copy-markdown')} aria-keyshortcuts="M" aria-label="Copy citation as Markdown">
          Markdown
        </button>
        <button type="button" class="button button--link" data-action="open" onClick={() => onAction('open')} aria-keyshortcuts="Enter">
          Open in context
        </button>
      </div>
    </li>
  );
}
