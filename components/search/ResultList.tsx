/**
 * The list of search results with keyboard use: ↑/↓ move between results (↑ from the first goes back to the
 * search box), Enter opens the focused result in context, S saves it, C copies its citation, M copies the
 * citation as Markdown. Keys are read only when focus is on a result (typing in the search box is never
 * taken over); Enter and Space on a button keep doing what the button says.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResultView } from '@/utils/search/result-view';
import { SearchResult, type ResultAction } from './SearchResult';

const KEY_ACTIONS: Record<string, ResultAction> = { s: 'save', c: 'copy', m: 'copy-markdown' };

export function ResultList({ results, label, onAction, onExitUp, listRef }: {
  results: ResultView[];
  label: string;
  onAction: (result: ResultView, action: ResultAction) => void;
  /** ↑ on the first result: the caller focuses the search box. */
  onExitUp: () => void;
  listRef?: { current: HTMLOListElement | null };
}) {
  const [active, setActive] = useState(0);
  const ownRef = useRef<HTMLOListElement>(null);
  const ref = listRef ?? ownRef;
  useEffect(() => setActive(0), [results]);

  const bodies = () => [...(ref.current?.querySelectorAll<HTMLElement>('[data-result-body]') ?? [])];
  const indexOf = (target: EventTarget | null) => {
    const li = (target as HTMLElement | null)?.closest('li.result');
    return li ? [...(ref.current?.children ?? [])].indexOf(li) : -1;
  };
  const focusAt = (index: number) => {
    setActive(index);
    bodies()[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = indexOf(event.target);
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const onBody = (event.target as HTMLElement).hasAttribute('data-result-body');
    const result = results[index];
    if (!result) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (index < results.length - 1) focusAt(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index > 0) focusAt(index - 1);
      else onExitUp();
    } else if (event.key === 'Enter' && onBody) {
      event.preventDefault();
      onAction(result, 'open');
    } else {
      const action = KEY_ACTIONS[event.key.toLowerCase()];
      if (action && !event.shiftKey) {
        event.preventDefault();
        onAction(result, action);
      }
    }
  };

  return (
    <ol class="results" aria-label={label} ref={ref} onKeyDown={onKeyDown} onFocusIn={(e) => {
      const i = indexOf(e.target);
      if (i >= 0 && i !== active) setActive(i);
    }}>
      {results.map((result, i) => (
        <SearchResult key={result.statementId} result={result} focusable={i === active} onAction={(action) => onAction(result, action)} />
      ))}
    </ol>
  );
}

/** Focuses the first result of a list rendered by ResultList. */
export function focusFirstResult(list: HTMLOListElement | null): boolean {
  const first = list?.querySelector<HTMLElement>('[data-result-body]');
  first?.focus();
  return Boolean(first);
}
