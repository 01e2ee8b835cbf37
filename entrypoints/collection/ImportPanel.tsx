/** Import of a collection file: size check before reading, then the background validates and merges it. */
import { useState } from 'preact/hooks';
import { MAX_IMPORT_CHARS } from '@/utils/collection';
import { send } from '@/utils/messaging';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function ImportPanel({ onImported }: { onImported: () => void }) {
  const [result, setResult] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setResult(null);
    setErrors([]);
    // Refuse huge files before reading them into memory (a UTF-8 byte is at most one UTF-16 unit, so this is safe).
    if (file.size > MAX_IMPORT_CHARS) {
      setErrors([`“${file.name}” is too large (${(file.size / 1024 / 1024).toFixed(1)} MB); Verbatim imports collection files up to ${MAX_IMPORT_CHARS / 1024 / 1024} MB. Nothing was changed.`]);
      return;
    }
    setBusy(true);
    try {
      const outcome = await send('collection:import', { content: await file.text() });
      if (outcome.ok) {
        setResult(outcome.message);
        onImported();
      } else setErrors(outcome.errors);
    } catch (e) {
      setErrors([`Import failed: ${message(e)}. Nothing was changed.`]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-label="Import">
      <h2>Import</h2>
      <p class="muted">A JSON file exported from Verbatim. Quotes are merged: nothing is duplicated and the newer edit of each field wins.</p>
      <input type="file" accept=".json,application/json" aria-label="Import a collection file" disabled={busy} onChange={(e) => void importFile(e.currentTarget)} data-testid="import-file" />
      {result && (
        <p role="status" class="notice" data-testid="import-result">
          {result}
        </p>
      )}
      {errors.length > 0 && (
        <div role="alert" class="error" data-testid="import-errors">
          <p>This file was not imported; nothing was changed:</p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
