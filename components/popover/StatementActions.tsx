/** Save / copy citation / read in context for one statement, with a status line that screen readers announce. */
import { Component } from 'preact';
import type { CitationSource } from '@/utils/citation';
import { failure, type PageActions } from './page-actions';

interface StatementActionsProps {
  actions: PageActions;
  statementId: string;
  span?: [number, number] | null;
  citation: CitationSource | null;
  extra?: preact.ComponentChildren;
}

export class StatementActions extends Component<StatementActionsProps, { status: { text: string; error: boolean } | null }> {
  override state = { status: null as { text: string; error: boolean } | null };

  #run = (work: () => Promise<string | void>) => () => {
    work().then(
      (text) => this.setState({ status: text ? { text, error: false } : null }),
      (e: unknown) => this.setState({ status: { text: failure(e), error: true } }),
    );
  };

  override render() {
    const { actions, statementId, span, citation, extra } = this.props;
    const { status } = this.state;
    const run = this.#run;
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
}
