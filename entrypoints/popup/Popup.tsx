/** The popup: three views (This page, Search, Collection), a status line, and the corpus in the footer. */
import { useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/messaging/client';
import type { CorpusStatus } from '@/utils/messaging/core-messages';
import { tabPanelProps, Tabs } from '@/components/common/Tabs';
import { errorText } from '@/components/common/statement-actions';
import { recall, remember, type PopupView } from './remembered';
import { SearchView } from './SearchView';
import { ThisPageView } from './ThisPageView';
import { CollectionView } from './CollectionView';

const VIEWS: Array<{ id: PopupView; label: string }> = [
  { id: 'page', label: 'This page' },
  { id: 'search', label: 'Search' },
  { id: 'collection', label: 'Collection' },
];

export function Popup() {
  const [view, setView] = useState<PopupView>(() => recall().view);
  const [status, setStatus] = useState<{ text: string; error: boolean; at: number } | null>(null);
  const [corpus, setCorpus] = useState<CorpusStatus | null>(null);
  const [corpusError, setCorpusError] = useState<string | null>(null);

  useEffect(() => {
    send('corpus:status').then(setCorpus, (e: unknown) => setCorpusError(errorText(e)));
  }, []);
  useEffect(() => remember({ view }), [view]);

  const onStatus = (text: string, error = false) => setStatus({ text, error, at: Date.now() });
  const panel = tabPanelProps('popup', view);

  return (
    <>
      <header class="popup__header">
        <h1 class="popup__title">Verbatim</h1>
        <Tabs prefix="popup" label="Views" tabs={VIEWS} selected={view} onSelect={setView} />
      </header>
      <main class="popup__main">
        <div {...panel}>
          {view === 'page' && <ThisPageView onStatus={onStatus} />}
          {view === 'search' && <SearchView onStatus={onStatus} />}
          {view === 'collection' && <CollectionView onStatus={onStatus} />}
        </div>
      </main>
      <footer class="popup__footer">
        <p class={status?.error ? 'status status--error' : 'status'} role="status" aria-live="polite" data-testid="action-status" key={status?.at}>
          {status?.text ?? ''}
        </p>
        {corpusError && (
          <p class="status status--error" role="alert">
            {corpusError}
          </p>
        )}
        {corpus?.problem && (
          <p class="status status--error" role="alert">
            {corpus.problem}
          </p>
        )}
        {corpus && (
          <p class="label-small" data-testid="corpus-status">
            Corpus: {corpus.stored.statements} statements stored · version {corpus.version}
          </p>
        )}
      </footer>
    </>
  );
}
