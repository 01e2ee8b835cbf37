/** Save / copy citation / read in context for one statement, with a status line that screen readers announce. */
import { useState } from 'preact/hooks';
import type { CitationSource } from '@/utils/citation';
import { failure, type PageActions } from './page-actions';

export function StatementActions({ actions, statementId, span, citation, extra }: { actions: PageActions; statementId: string; span?: [number, number] | null; citation: CitationSource | null; extra?: preact.ComponentChildren }) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const run = (work: () => Promise<string | void>) => () => {
    work().then(
      (text) => setStatus(text ? { text, error: false } : null),
      (e: unknown) => setStatus({ text: failure(e), error: true }),
    );
  };
  return (
    <>
      <div class="vb-actions">
        <button type="button" class="vb-button" data-action="save" onClick={run(() => actions.save(statementId, span))}>
          Save
        </button>
        {citation && (
          <button type="button" class="vb-button" data-action="copy-citation" onClick={run(() => actions.copyCitation(citation))}>
            Copy citation
          </button>
        )}
        <button type="button" class="vb-button" data-action="read" onClick={run(() => actions.openReader(statementId))}>
          Read in context
        </button>
        {extra}
      </div>
      <p class={status?.error ? 'vb-status vb-error' : 'vb-status'} role="status">
        {status?.text ?? ''}
      </p>
    </>
  );
}
