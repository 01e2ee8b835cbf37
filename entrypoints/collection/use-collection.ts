/** The page's live view of the collection and sync status: loaded over messages, refreshed on storage.onChanged. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CollectionItem } from '@/utils/collection';
import { send } from '@/utils/messaging';
import { COLLECTION_REVISION_KEY, SYNC_STATUS_KEY } from '@/utils/messaging/collection-messages';
import type { SyncStatus } from '@/utils/sync';

export interface CollectionState {
  quotes: CollectionItem[] | null;
  status: SyncStatus | null;
  loadError: string | null;
  reload: () => Promise<void>;
  setStatus: (s: SyncStatus) => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useCollection(): CollectionState {
  const [quotes, setQuotes] = useState<CollectionItem[] | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const list = await send('collection:list');
      setQuotes(list.quotes);
      setLoadError(null);
    } catch (e) {
      setLoadError(`Could not load your saved quotes: ${message(e)}`);
    }
  }, []);

  useEffect(() => {
    void reload();
    send('collection:sync-status').then(setStatus, (e: unknown) => setLoadError(`Could not read the sync status: ${message(e)}`));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      if (COLLECTION_REVISION_KEY in changes) void reload();
      const next = changes[SYNC_STATUS_KEY]?.newValue as SyncStatus | undefined;
      if (next) setStatus(next);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [reload]);

  return { quotes, status, loadError, reload, setStatus };
}

/** Whether the browser promised not to evict the collection; asks once (see the Storage line in the sync panel). */
export function usePersistentStorage(): 'persistent' | 'best-effort' | 'unknown' {
  const [state, setState] = useState<'persistent' | 'best-effort' | 'unknown'>('unknown');
  useEffect(() => {
    const storage = navigator.storage;
    if (!storage?.persist) return;
    storage
      .persisted()
      .then((already) => already || storage.persist())
      .then((granted) => setState(granted ? 'persistent' : 'best-effort'))
      .catch((e: unknown) => {
        console.warn('Verbatim: persistent storage request failed', e);
        setState('best-effort');
      });
  }, []);
  return state;
}
