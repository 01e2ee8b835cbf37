/**
 * The Collection view: the most recent saved quotes and a link to the collection page.
 * The collection area has not yet added a message to list saved quotes (only `collection:save` exists), so
 * this view shows how to save and links to the page; see docs/popup-and-reader.md.
 */
import { browser } from 'wxt/browser';
import { errorText, extensionPage } from '@/components/common/statement-actions';

export function CollectionView({ onStatus }: { onStatus: (text: string, error?: boolean) => void }) {
  const open = () => {
    browser.tabs.create({ url: extensionPage('collection.html') }).then(() => window.close(), (e: unknown) => onStatus(errorText(e), true));
  };
  return (
    <div class="collection-view">
      <h2 class="section-title">Your saved quotes</h2>
      <p class="empty" data-testid="collection-empty">
        Quotes you save appear in your collection. Save one from a search result (<kbd>S</kbd>), the reader, or a quote’s popover on a news page.
      </p>
      <p>
        <button type="button" class="button" data-testid="open-collection" onClick={open}>
          Open the collection
        </button>
      </p>
    </div>
  );
}
