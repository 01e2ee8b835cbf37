/**
 * The Search view: search-as-you-type over every statement, filters as chips, highlighted matches, the
 * result count, and keyboard use (↓ from the box into the results, then ↑/↓, Enter, S, C, M).
 * The engine arrives with a dynamic import after first paint; until then the box already works and shows
 * the remembered query.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { addFilter, filterChips, hasFilters, removeFilter, resultView, validFilters, type FilterKind, type ResultView, type SearchFilters } from '@/utils/search';
import { FilterBar } from '@/components/search/FilterBar';
import { focusFirstResult, ResultList } from '@/components/search/ResultList';
import type { ResultAction } from '@/components/search/SearchResult';
import { errorText, statementActions, type StatementActions } from '@/components/common/statement-actions';
import { recall, remember } from './remembered';

type SearchModule = typeof import('./search-engine');

/** Results shown at once: more than a popup can usefully scroll through; the count says how many exist. */
const SHOWN_RESULTS = 50;

let modulePromise: Promise<SearchModule> | null = null;
export function loadSearch(): Promise<SearchModule> {
  modulePromise ??= import('./search-engine');
  return modulePromise;
}

export function SearchView({ onStatus }: { onStatus: (text: string, error?: boolean) => void }) {
  const [query, setQuery] = useState(() => recall().query);
  const [filters, setFilters] = useState<SearchFilters>(() => recall().filters);
  const [search, setSearch] = useState<SearchModule | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const actions = useRef<StatementActions | null>(null);

  useEffect(() => {
    input.current?.focus();
    loadSearch().then(
      (m) => {
        actions.current = statementActions(m.view);
        setFilters((f) => validFilters(f, m.corpus));
        setSearch(m);
        // The one-time work of the first phrase query, done while the user reads.
        (globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 50)))(() => m.engine.prepare());
      },
      (e: unknown) => setLoadError(`Search could not load: ${errorText(e)}`),
    );
  }, []);

  // Remembered as it changes (not in an effect): the popup may close right after the last keystroke.
  const changeQuery = (value: string) => {
    setQuery(value);
    remember({ query: value });
  };
  const changeFilters = (change: (f: SearchFilters) => SearchFilters) => {
    setFilters((f) => {
      const next = change(f);
      remember({ filters: next });
      return next;
    });
  };

  const outcome = useMemo(() => {
    if (!search) return null;
    const response = search.engine.search(query, { filters, limit: SHOWN_RESULTS });
    const results = response.hits.map((h) => resultView(search.view, h)).filter((r): r is ResultView => r !== null);
    return { response, results };
  }, [search, query, filters]);

  const chips = search ? filterChips(filters, search.corpus) : [];
  const onAdd = (kind: FilterKind, value: string) => changeFilters((f) => addFilter(f, kind, value));
  const onRemove = (kind: FilterKind, value: string) => {
    changeFilters((f) => removeFilter(f, kind, value));
    input.current?.focus();
  };

  const onAction = (result: ResultView, action: ResultAction) => {
    const act = actions.current;
    if (!act) return;
    const work =
      action === 'save' ? act.save(result.statementId)
      : action === 'copy' ? act.copyCitation(result.statementId, 'text')
      : action === 'copy-markdown' ? act.copyCitation(result.statementId, 'markdown')
      : act.open(result.statementId);
    work.then((text) => onStatus(text), (e: unknown) => onStatus(errorText(e), true));
  };

  const onInputKey = (event: KeyboardEvent) => {
    if ((event.key === 'ArrowDown' || event.key === 'Enter') && focusFirstResult(list.current)) event.preventDefault();
    else if (event.key === 'Escape' && query) {
      event.preventDefault();
      changeQuery('');
    }
  };

  let count = '';
  if (loadError) {
    // the alert below says what went wrong
  } else if (!outcome) count = 'Loading search…';
  else if (!query.trim() && !hasFilters(filters)) count = '';
  else if (outcome.response.total === 0) count = 'No statement matches.';
  else {
    const n = outcome.response.total;
    const shown = n > outcome.results.length ? ` (first ${outcome.results.length} shown)` : '';
    count = outcome.response.partial ? `No statement has every word. ${n} close match${n === 1 ? '' : 'es'}${shown}.` : `${n} statement${n === 1 ? '' : 's'}${shown}.`;
  }

  return (
    <div class="search">
      <div class="search__box">
        <label for="search-input" class="search__label">
          Search the transcripts
        </label>
        <input
          id="search-input"
          ref={input}
          type="search"
          class="search__input"
          data-testid="search-input"
          value={query}
          placeholder='e.g. taliban allies, "national currencies"'
          autocomplete="off"
          spellcheck={false}
          aria-describedby="search-help search-count"
          onInput={(e) => changeQuery(e.currentTarget.value)}
          onKeyDown={onInputKey}
        />
        <p id="search-help" class="label-small search__help">
          Typos are fine. "Quotes" match exact words. ↓ goes to the results; there ↑/↓ move, <kbd>Enter</kbd> opens, <kbd>S</kbd> saves,{' '}
          <kbd>C</kbd> copies the citation (<kbd>M</kbd> as Markdown).
        </p>
      </div>
      {search && <FilterBar options={search.options} chips={chips} onAdd={onAdd} onRemove={onRemove} />}
      <p id="search-count" class="status" role="status" data-testid="result-count">
        {count}
      </p>
      {loadError && (
        <p class="status status--error" role="alert">
          {loadError}
        </p>
      )}
      {outcome && outcome.results.length > 0 && (
        <ResultList results={outcome.results} label="Search results" listRef={list} onAction={onAction} onExitUp={() => input.current?.focus()} />
      )}
      {outcome && !query.trim() && !hasFilters(filters) && (
        <p class="empty">Type a few words someone said, a name or a place, or choose a speaker, document or topic.</p>
      )}
    </div>
  );
}
