/** One saved quote: its words and source, note and tags (editable), select, delete. */
import { useState } from 'preact/hooks';
import { parseTagInput, type CollectionItem } from '@/utils/collection';
import { send } from '@/utils/messaging';

interface Props {
  quote: CollectionItem;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onDelete: () => void;
  onChanged: () => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function QuoteCard({ quote, selected, onSelect, onDelete, onChanged }: Props) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(quote.note);
  const [tags, setTags] = useState(quote.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await send('collection:update', { id: quote.id, note, tags: parseTagInput(tags) });
      setEditing(false);
      onChanged();
    } catch (err) {
      setError(`Not saved: ${message(err)}`);
    } finally {
      setBusy(false);
    }
  }

  const startEdit = () => {
    setNote(quote.note);
    setTags(quote.tags.join(', '));
    setEditing(true);
  };

  return (
    <li class={`quote${quote.statementMissing ? ' missing' : ''}`} data-testid="saved-quote" data-quote-id={quote.id}>
      <div class="quote-head">
        <input type="checkbox" aria-label="Select this quote" checked={selected} onChange={(e) => onSelect(e.currentTarget.checked)} />
        <div class="source">
          <strong>{quote.speakerName ?? 'The Kremlin (narration)'}</strong>
          {quote.speakerRole && <span class="muted">, {quote.speakerRole}</span>}
          <div class="muted">
            {quote.documentTitle}
            {quote.documentDate && ` · ${quote.documentDate}`}
          </div>
        </div>
      </div>
      {quote.statementMissing && (
        <p class="flag" data-testid="statement-missing">
          This statement is no longer in the bundled transcripts. The words below are the copy saved on {new Date(quote.createdAt).toLocaleDateString()}.
        </p>
      )}
      <blockquote>{quote.text || '(the words of this quote were not available on this device)'}</blockquote>
      {!editing && (
        <>
          {quote.note && <p class="note">{quote.note}</p>}
          {quote.tags.length > 0 && (
            <ul class="tags" aria-label="Tags">
              {quote.tags.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          )}
          <div class="actions">
            <span class="muted">Saved {new Date(quote.createdAt).toLocaleString()}</span>
            <button type="button" onClick={startEdit} data-testid="edit-quote">
              Edit note and tags
            </button>
            <button type="button" class="danger" onClick={onDelete} data-testid="delete-quote">
              Delete
            </button>
          </div>
        </>
      )}
      {editing && (
        <form class="edit" onSubmit={(e) => void save(e)}>
          <label>
            Note
            <textarea value={note} rows={4} onInput={(e) => setNote(e.currentTarget.value)} data-testid="note-input" />
          </label>
          <label>
            Tags (separated by commas)
            <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} data-testid="tags-input" />
          </label>
          <div class="actions">
            <button type="submit" disabled={busy} data-testid="save-edit">
              Save
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && <p role="alert" class="error">{error}</p>}
    </li>
  );
}
