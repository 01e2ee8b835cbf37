/** The Collection view: the most recently saved quotes (newest first) and a link to the collection page. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/utils/messaging/client';
import type { CollectionItem } from '@/utils/collection/types';
import { errorText, extensionPage, readerUrl } from '@/components/common/statement-actions';
import { readerLink } from '@/utils/citation';

/** Saved quotes listed in the popup; the collection page has the rest (and search, tags, export). */
const RECENT = 5;
/** Quote length in the list: about two lines at the popup's width. */
const PREVIEW_CHARS = 160;

function preview(text: string): string {
  if (text.length <= PREVIEW_CHARS) return text;
  const cut = text.lastIndexOf(' ', PREVIEW_CHARS);
  return `${text.slice(0, cut > 0 ? cut : PREVIEW_CHARS)}…`;
}

export function CollectionView({ onStatus }: { onStatus: (text: string, error?: boolean) => void }) {
  const [items, setItems] = useState<CollectionItem[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send('collection:list').then(
      (list) => {
        const live = list.quotes.filter((q) => !q.deletedAt).sort((a, b) => b.createdAt - a.createdAt);
        setTotal(live.length);
        setItems(live.slice(0, RECENT));
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, []);

  const openTab = (url: string) => {
    browser.tabs.create({ url }).then(() => window.close(), (e: unknown) => onStatus(errorText(e), true));
  };

  return (
    <div class="collection-view">
      <h2 class="section-title">Recently saved</h2>
      {error && (
        <p class="status status--error" role="alert">
          {error}
        </p>
      )}
      {!items && !error && <p class="status">Loading your collection…</p>}
      {items?.length === 0 && (
        <p class="empty" data-testid="collection-empty">
          No saved quotes yet. Save one from a search result (<kbd>S</kbd>), the reader, or a quote’s popover on a news page.
        </p>
      )}
      {items && items.length > 0 && (
        <ol class="saved-quotes" aria-label="Recently saved quotes">
          {items.map((item) => (
            <li key={item.id} class="saved-quote" data-testid="saved-quote">
              <a href={readerLink(readerUrl(), item.statementId)} onClick={(e) => {
                e.preventDefault();
                openTab(readerLink(readerUrl(), item.statementId));
              }}>
                “{preview(item.text)}”
              </a>
              <p class="label-small">
                {item.speakerName ?? 'The Kremlin (narration)'} · {item.documentTitle}
                {item.statementMissing && ' · no longer in the transcripts'}
              </p>
            </li>
          ))}
        </ol>
      )}
      <p>
        <button type="button" class="button" data-testid="open-collection" onClick={() => openTab(extensionPage('collection.html'))}>
          Open the collection{total > RECENT ? ` (all ${total})` : ''}
        </button>
      </p>
    </div>
  );
}
