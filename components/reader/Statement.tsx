/**
 * One paragraph of the transcript with its deep-link id and its actions (Save, Copy citation, Markdown,
 * Link). The actions show on hover, on keyboard focus and on the linked statement; they are always in the
 * tab order, so keyboard users reach them.
 */
import type { Statement as CorpusStatement } from '@/utils/corpus/types';

export type StatementAction = 'save' | 'copy' | 'copy-markdown' | 'copy-link';

export function Statement({ statement, onAction }: { statement: CorpusStatement; onAction: (action: StatementAction) => void }) {
  if (statement.kind === 'heading') {
    return (
      <h3 id={statement.id} class="statement statement--heading" tabIndex={-1} data-statement-id={statement.id}>
        {statement.text}
      </h3>
    );
  }
  return (
    <div id={statement.id} class="statement" tabIndex={-1} data-statement-id={statement.id} data-testid="statement">
      <p class="statement__text">{statement.text}</p>
      <div class="actions statement__actions" role="group" aria-label="Statement actions">
        <button type="button" class="button button--small" data-action="save" onClick={() => onAction('save')}>
          Save
        </button>
        <button type="button" class="button button--small" data-action="copy" onClick={() => onAction('copy')}>
          Copy citation
        </button>
        <button type="button" class="button button--small" data-action="copy-markdown" aria-label="Copy citation as Markdown" onClick={() => onAction('copy-markdown')}>
          Markdown
        </button>
        <a class="button button--small button--link" href={`#${statement.id}`} data-action="copy-link" onClick={(e) => {
          e.preventDefault();
          onAction('copy-link');
        }}>
          Link<span class="visually-hidden"> to this statement (copies it)</span>
        </a>
      </div>
    </div>
  );
}
