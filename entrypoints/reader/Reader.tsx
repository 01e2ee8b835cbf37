/**
 * The reader: every document of the corpus, with a table of contents, speaker turns, the Kremlin's narration
 * set apart, interpreted speech marked, cuts shown, press questions linked to their answers. Every statement
 * has a deep link (`reader.html#<statementId>`): opening one scrolls to the statement and highlights it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CorpusView } from '@/utils/corpus/corpus-view';
import { formatDate } from '@/utils/citation';
import { copyText } from '@/components/common/copy-text';
import { errorText, statementActions } from '@/components/common/statement-actions';
import { layoutDocuments } from '@/components/reader/transcript-layout';
import { Turn } from '@/components/reader/Turn';
import type { StatementAction } from '@/components/reader/Statement';

const KIND_LABELS = { overview: 'Overview', 'press-conference': 'Press conference', speech: 'Speech', 'bilateral-meeting': 'Bilateral meeting' } as const;

/** Scrolls to the element the URL's fragment names, highlights it and moves focus there. */
function showTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  document.querySelectorAll('.is-target').forEach((el) => el.classList.remove('is-target'));
  if (!id) return;
  const target = document.getElementById(id);
  if (!target) return;
  if (target.hasAttribute('data-statement-id')) target.classList.add('is-target');
  target.scrollIntoView({ block: target.hasAttribute('data-statement-id') ? 'center' : 'start' });
  target.focus({ preventScroll: true });
}

export function Reader({ view }: { view: CorpusView }) {
  const layout = useMemo(() => layoutDocuments(view), [view]);
  const actions = useMemo(() => statementActions(view), [view]);
  const [status, setStatus] = useState<{ text: string; error: boolean; at: number } | null>(null);
  const [missing, setMissing] = useState<string | null>(null);

  useEffect(() => {
    const onHash = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      setMissing(id && !document.getElementById(id) ? id : null);
      showTarget();
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const onAction = (statementId: string, action: StatementAction) => {
    const work =
      action === 'save' ? actions.save(statementId)
      : action === 'copy' ? actions.copyCitation(statementId, 'text')
      : action === 'copy-markdown' ? actions.copyCitation(statementId, 'markdown')
      : copyText(actions.link(statementId)).then(() => {
          history.replaceState(null, '', `#${statementId}`);
          showTarget();
          return 'Link to the statement copied.';
        });
    work.then((text) => setStatus({ text, error: false, at: Date.now() }), (e: unknown) => setStatus({ text: errorText(e), error: true, at: Date.now() }));
  };

  const source = view.corpus.source;
  return (
    <>
      <a class="skip-link" href="#documents">
        Skip to the transcripts
      </a>
      <header class="reader__header">
        <h1>Kremlin transcripts: SCO summit in Astana</h1>
        <p class="label-small">
          English transcripts published by {source.publisher} ({source.dateline}). Corpus version {view.version}.{' '}
          <span class="tag tag--interpreted">Interpreted</span> marks speech given through an interpreter; <span aria-hidden="true">&lt;…&gt;</span>
          <span class="visually-hidden">an ellipsis in angle brackets</span> marks text the transcript leaves out.
        </p>
      </header>
      <div class="reader__layout">
        <nav class="toc" aria-labelledby="toc-title">
          <h2 id="toc-title" class="toc__title">Contents</h2>
          <ol class="toc__list">
            {layout.map(({ document, statementCount }) => (
              <li key={document.id}>
                <a href={`#${document.id}`} data-testid="toc-link">
                  {document.title}
                </a>
                <span class="label-small">
                  {' '}
                  · {KIND_LABELS[document.kind]} · {statementCount} paragraphs
                </span>
              </li>
            ))}
          </ol>
        </nav>
        <main id="documents" class="documents" tabIndex={-1}>
          {missing && (
            <p class="status status--error" role="alert">
              The link points to a statement that is not in this version of the transcripts ({missing}).
            </p>
          )}
          {layout.map(({ document, turns }) => (
            <section key={document.id} class="document" aria-labelledby={`${document.id}-title`} data-testid="document">
              <h2 id={document.id} class="document__title" tabIndex={-1}>
                <span id={`${document.id}-title`}>{document.title}</span>
              </h2>
              <p class="label-small document__meta">
                {KIND_LABELS[document.kind]} · {document.place}, {formatDate(document.date)} · {document.source.name}
                {document.source.url && (
                  <>
                    {' · '}
                    <a href={document.source.url}>the Kremlin’s page</a>
                  </>
                )}
              </p>
              {turns.map((turn) => (
                <Turn key={turn.turn} turn={turn} view={view} onAction={onAction} />
              ))}
            </section>
          ))}
        </main>
      </div>
      <p class={status?.error ? 'reader__status status status--error' : 'reader__status status'} role="status" data-testid="action-status" key={status?.at}>
        {status?.text ?? ''}
      </p>
    </>
  );
}
