/** Sync state: last synced, pending, what did not fit, errors, remote problems, quota use, and a retry button. */
import { useState } from 'preact/hooks';
import { send } from '@/utils/messaging';
import type { SyncStatus } from '@/utils/sync';

const STATE_LABELS: Record<SyncStatus['state'], string> = {
  never: 'Not synced yet',
  synced: 'Synced',
  pending: 'Waiting to sync',
  'quota-full': 'Sync storage full',
  'rate-limited': 'Sync paused briefly',
  error: 'Sync failed',
  unavailable: 'Sync unavailable',
};

interface Props {
  status: SyncStatus | null;
  persistence: 'persistent' | 'best-effort' | 'unknown';
  onStatus: (s: SyncStatus) => void;
}

export function SyncPanel({ status, persistence, onStatus }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function retry() {
    setBusy(true);
    setError(null);
    try {
      onStatus(await send('collection:sync-now'));
    } catch (e) {
      setError(`Could not start a sync: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return (
    <section class="panel" aria-label="Sync" data-testid="sync-panel">
      <h2>Sync</h2>
      {!status && <p class="muted">Reading sync state…</p>}
      {status && (
        <>
          <p data-testid="sync-state" class={`state state-${status.state}`}>
            {STATE_LABELS[status.state]}
          </p>
          <dl>
            <dt>Last synced</dt>
            <dd data-testid="sync-last">{status.lastSyncedAt ? new Date(status.lastSyncedAt).toLocaleString() : 'never'}</dd>
            <dt>Pending</dt>
            <dd data-testid="sync-pending">{status.pending}</dd>
            <dt>Sync storage</dt>
            <dd>
              {kb(status.bytesUsed)} of {kb(status.bytesQuota)}, {status.itemsUsed} of {status.itemsQuota} items
            </dd>
          </dl>
          {status.errors.map((e) => (
            <p key={e} role="alert" class="error">
              {e}
            </p>
          ))}
          {status.remoteProblems.map((e) => (
            <p key={e} class="warning">
              {e}
            </p>
          ))}
        </>
      )}
      <p class="muted">
        Storage:{' '}
        {persistence === 'persistent' ? 'persistent (the browser will not clear it on its own)' : persistence === 'best-effort' ? 'best effort (the browser may clear it when disk space runs low; export a copy now and then)' : 'checking…'}
      </p>
      <button type="button" onClick={() => void retry()} disabled={busy} data-testid="sync-now">
        {busy ? 'Syncing…' : 'Sync now'}
      </button>
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}
