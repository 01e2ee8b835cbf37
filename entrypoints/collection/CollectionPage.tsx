/** The collection page: search, filter, sort, bulk export/delete with undo, edit, import, and sync state. */
import { useMemo, useState } from 'preact/hooks';
import { applyQuery, EMPTY_QUERY, EXPORT_FORMATS, EXPORT_LABELS, facets, SORT_LABELS, type CollectionQuery, type ExportFormat, type SortKey } from '@/utils/collection';
import { send } from '@/utils/messaging';
import { ImportPanel } from './ImportPanel';
import { QuoteCard } from './QuoteCard';
import { SyncPanel } from './SyncPanel';
import { downloadFile } from './download';
import { useCollection, usePersistentStorage } from './use-collection';

/** How long the "Undo" of a deletion stays on screen: long enough to notice a mistake and reach the button. */
const UNDO_VISIBLE_MS = 15_000;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function CollectionPage() {
  const { quotes, status, loadError, reload, setStatus } = useCollection();
  const persistence = usePersistentStorage();
  const [query, setQuery] = useState<CollectionQuery>(EMPTY_QUERY);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [format, setFormat] = useState<ExportFormat>('json');
  const [notice, setNotice] = useState<{ text: string; undo?: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const all = quotes ?? [];
  const shown = useMemo(() => applyQuery(all, query), [all, query]);
  const counts = useMemo(() => facets(all), [all]);
  const selectedShown = shown.filter((q) => selected.has(q.id));
  const set = <K extends keyof CollectionQuery>(key: K, value: CollectionQuery[K]) => setQuery({ ...query, [key]: value });

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  async function exportQuotes(ids: string[] | null) {
    setError(null);
    try {
      const file = await send('collection:export', { format, ids });
      downloadFile(file);
      setNotice({ text: `Exported ${ids ? ids.length : counts.total} quote(s) as ${EXPORT_LABELS[format]}: ${file.filename}` });
    } catch (e) {
      setError(`Export failed: ${message(e)}`);
    }
  }

  async function remove(ids: string[]) {
    setError(null);
    try {
      const { deleted } = await send('collection:delete', { ids });
      setSelected(new Set([...selected].filter((id) => !deleted.includes(id))));
      setNotice({ text: `Deleted ${deleted.length} quote${deleted.length === 1 ? '' : 's'}.`, undo: deleted });
      setTimeout(() => setNotice((n) => (n?.undo === deleted ? null : n)), UNDO_VISIBLE_MS);
      await reload();
    } catch (e) {
      setError(`Delete failed: ${message(e)}`);
    }
  }

  async function undo(ids: string[]) {
    try {
      const { restored } = await send('collection:undo', { ids });
      setNotice({ text: `Restored ${restored} quote${restored === 1 ? '' : 's'}.` });
      await reload();
    } catch (e) {
      setError(`Undo failed: ${message(e)}`);
    }
  }

  return (
    <div class="page">
      <header class="top">
        <h1>Saved quotes</h1>
        <p class="counts" data-testid="collection-counts">
          {quotes === null ? 'Loading…' : `${shown.length} shown of ${counts.total} saved`}
          {counts.missing > 0 && ` · ${counts.missing} no longer in the transcripts`}
        </p>
      </header>

      {loadError && <p role="alert" class="error">{loadError}</p>}
      {error && <p role="alert" class="error" data-testid="collection-error">{error}</p>}
      {notice && (
        <p role="status" class="notice" data-testid="collection-notice">
          {notice.text}{' '}
          {notice.undo && (
            <button type="button" data-testid="undo-delete" onClick={() => void undo(notice.undo!)}>
              Undo
            </button>
          )}
        </p>
      )}

      <div class="layout">
        <aside class="side">
          <SyncPanel status={status} persistence={persistence} onStatus={setStatus} />
          <ImportPanel onImported={() => void reload()} />
        </aside>

        <main class="main">
          <section class="toolbar" aria-label="Search and filters">
            <input type="search" placeholder="Search quotes, notes, tags…" aria-label="Search the collection" value={query.text} onInput={(e) => set('text', e.currentTarget.value)} data-testid="collection-search" />
            <select aria-label="Filter by tag" value={query.tag ?? ''} onChange={(e) => set('tag', e.currentTarget.value || null)}>
              <option value="">All tags</option>
              {counts.tags.map((t) => (
                <option key={t.value} value={t.value}>{`${t.label} (${t.count})`}</option>
              ))}
            </select>
            <select aria-label="Filter by speaker" value={query.speakerId ?? ''} onChange={(e) => set('speakerId', e.currentTarget.value || null)}>
              <option value="">All speakers</option>
              {counts.speakers.filter((s) => s.value).map((s) => (
                <option key={s.value} value={s.value}>{`${s.label} (${s.count})`}</option>
              ))}
            </select>
            <select aria-label="Filter by document" value={query.documentId ?? ''} onChange={(e) => set('documentId', e.currentTarget.value || null)}>
              <option value="">All documents</option>
              {counts.documents.map((d) => (
                <option key={d.value} value={d.value}>{`${d.label} (${d.count})`}</option>
              ))}
            </select>
            <select aria-label="Sort" value={query.sort} onChange={(e) => set('sort', e.currentTarget.value as SortKey)}>
              {(Object.keys(SORT_LABELS) as SortKey[]).map((k) => (
                <option key={k} value={k}>{SORT_LABELS[k]}</option>
              ))}
            </select>
          </section>

          <section class="bulk" aria-label="Selection">
            <label>
              <input
                type="checkbox"
                data-testid="select-all"
                checked={shown.length > 0 && selectedShown.length === shown.length}
                onChange={(e) => setSelected(e.currentTarget.checked ? new Set(shown.map((q) => q.id)) : new Set())}
              />{' '}
              Select all shown
            </label>
            <span class="muted">{selectedShown.length} selected</span>
            <select aria-label="Export format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)} data-testid="export-format">
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>{EXPORT_LABELS[f]}</option>
              ))}
            </select>
            <button type="button" disabled={selectedShown.length === 0} onClick={() => void exportQuotes(selectedShown.map((q) => q.id))}>
              Export selected
            </button>
            <button type="button" disabled={counts.total === 0} onClick={() => void exportQuotes(null)} data-testid="export-all">
              Export all
            </button>
            <button type="button" class="danger" disabled={selectedShown.length === 0} onClick={() => void remove(selectedShown.map((q) => q.id))} data-testid="delete-selected">
              Delete selected
            </button>
          </section>

          {quotes !== null && counts.total === 0 && (
            <p class="empty">No saved quotes yet. Use “Save” on a checked quote in an article, in the popup or in the reader; saved quotes appear here.</p>
          )}
          {quotes !== null && counts.total > 0 && shown.length === 0 && <p class="empty">No saved quote matches these filters.</p>}

          <ol class="quotes" data-testid="quote-list">
            {shown.map((q) => (
              <QuoteCard key={q.id} quote={q} selected={selected.has(q.id)} onSelect={(on) => toggle(q.id, on)} onDelete={() => void remove([q.id])} onChanged={() => void reload()} />
            ))}
          </ol>
        </main>
      </div>
    </div>
  );
}
