import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/messaging';
import type { CorpusStatus } from '@/utils/messaging/core-messages';

function Popup() {
  const [status, setStatus] = useState<CorpusStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('corpus:status').then(setStatus, (e: unknown) => setError(String(e)));
  }, []);
  return (
    <main>
      <h1>Verbatim</h1>
      {error && <p role="alert">{error}</p>}
      {status && (
        <p data-testid="corpus-status">
          {status.stored.statements} statements stored (corpus {status.version})
        </p>
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
