/**
 * The sync loop, independent of the browser: it reads a `SyncArea` (storage.sync, or a fake in tests), merges
 * with the local collection, writes merged changes back to the local collection, and writes to the sync area
 * what it lacks — within the quotas and the write budget. It never throws: every problem ends up in the
 * returned `SyncStatus` as a user-facing message, and what did not sync is retried by the next run.
 */
import type { SyncedQuote } from '../collection/types';
import type { HybridClock } from './clock';
import { decodeItems } from './encode';
import { isCompactable, mergeQuote, sameSyncedState } from './merge';
import { DEFAULT_PLAN_LIMITS, planWrite, type NotSyncedReason, type PlanLimits } from './plan';
import { itemBytes, SYNC_LIMITS } from './quotas';
import type { WriteBudget } from './rate-limit';

/** The part of `browser.storage.sync` the engine uses. */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** The local collection as the engine sees it. */
export interface LocalCollection {
  /** Every saved quote, tombstones included. */
  all(): Promise<SyncedQuote[]>;
  /**
   * Stores merged versions (the store merges them again with what it holds at write time, so a local edit made
   * while a sync ran is never overwritten) and deletes compacted tombstones.
   */
  applyMerged(quotes: SyncedQuote[], compacted: string[]): Promise<void>;
}

export type SyncState = 'never' | 'synced' | 'pending' | 'quota-full' | 'rate-limited' | 'error' | 'unavailable';

export interface SyncStatus {
  state: SyncState;
  lastSyncedAt: number | null;
  lastAttemptAt: number | null;
  /** Quotes whose latest version is not (yet) in sync storage. */
  pending: number;
  /** Quotes left out, and why (kept locally, retried). */
  notSynced: Array<{ id: string; reason: NotSyncedReason | 'write-failed' }>;
  /** User-facing messages: what went wrong and what it means for the user's data. */
  errors: string[];
  /** Problems with items other devices wrote (malformed, from a newer version, half-arrived). */
  remoteProblems: string[];
  bytesUsed: number;
  bytesQuota: number;
  itemsUsed: number;
  itemsQuota: number;
  /** When the engine wants to run again (rate limit, failed write, or quota to retry), or null. */
  retryAt: number | null;
}

/** After a failed write, try again in a minute (the rate windows are a minute and an hour long). */
export const RETRY_AFTER_ERROR_MS = 60_000;
/** Quotes left out for lack of space are retried every 10 minutes: space may have been freed on another device. */
export const RETRY_QUOTA_MS = 10 * 60_000;

export function initialStatus(): SyncStatus {
  return {
    state: 'never',
    lastSyncedAt: null,
    lastAttemptAt: null,
    pending: 0,
    notSynced: [],
    errors: [],
    remoteProblems: [],
    bytesUsed: 0,
    bytesQuota: SYNC_LIMITS.totalBytes,
    itemsUsed: 0,
    itemsQuota: SYNC_LIMITS.items,
    retryAt: null,
  };
}

/** Turns a storage.sync rejection into what the user needs to know. */
export function describeSyncError(error: unknown): { state: SyncState; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  if (/MAX_WRITE_OPERATIONS/i.test(text))
    return { state: 'rate-limited', message: 'The browser limits how often sync storage may be written; Verbatim will try again in a minute. Your quotes are safe in this browser.' };
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(text))
    return { state: 'quota-full', message: 'Browser sync storage is full. Your quotes are kept in this browser; those that did not fit will sync when space is freed (delete quotes or shorten long notes).' };
  if (/sync.*(disabled|not available|unavailable)|storage\.sync/i.test(text))
    return { state: 'unavailable', message: `Browser sync storage is not available (${text}). Your quotes are kept in this browser.` };
  return { state: 'error', message: `Syncing failed: ${text}. Your quotes are kept in this browser and sync will be retried.` };
}

function describeRemoteProblems(problems: ReturnType<typeof decodeItems>['problems']): string[] {
  const count = (kind: string) => problems.filter((p) => p.kind === kind).length;
  const out: string[] = [];
  const newer = count('newer-version');
  const malformed = count('malformed');
  const incomplete = count('incomplete');
  if (newer) out.push(`${newer} synced quote(s) come from a newer version of Verbatim on another device and were left as they are. Update Verbatim here to see them.`);
  if (malformed) out.push(`${malformed} synced item(s) are damaged and were skipped; your quotes in this browser are not affected.`);
  if (incomplete) out.push(`${incomplete} synced quote(s) have not fully arrived yet; they will be read when the rest arrives.`);
  return out;
}

export interface EngineOptions {
  area: SyncArea;
  local: LocalCollection;
  clock: HybridClock;
  budget: WriteBudget;
  now?: () => number;
  limits?: PlanLimits;
}

export class SyncEngine {
  status: SyncStatus = initialStatus();
  private running: Promise<SyncStatus> | null = null;
  private again = false;

  constructor(private readonly options: EngineOptions) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Runs one sync; calls made while one runs are folded into one more run after it. */
  sync(): Promise<SyncStatus> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          this.status = await this.runOnce();
        } while (this.again);
        return this.status;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async runOnce(): Promise<SyncStatus> {
    const { area, local, clock, budget } = this.options;
    const now = this.now();
    const status: SyncStatus = { ...initialStatus(), lastSyncedAt: this.status.lastSyncedAt, lastAttemptAt: now };

    let remote: Record<string, unknown>;
    try {
      remote = await area.get(null);
    } catch (error) {
      const d = describeSyncError(error);
      return { ...status, state: d.state === 'error' ? 'unavailable' : d.state, errors: [d.message], retryAt: now + RETRY_AFTER_ERROR_MS };
    }
    const decoded = decodeItems(remote);
    status.remoteProblems = describeRemoteProblems(decoded.problems);

    // Merge.
    const mine = new Map((await local.all()).map((q) => [q.id, q]));
    const desired = new Map<string, SyncedQuote>();
    const toLocal: SyncedQuote[] = [];
    const compacted: string[] = [];
    for (const id of new Set([...mine.keys(), ...decoded.quotes.keys()])) {
      const a = mine.get(id);
      const b = decoded.quotes.get(id);
      for (const q of [a, b]) if (q) for (const t of Object.values(q.fieldTimes)) clock.observe(t);
      const merged = a && b ? mergeQuote(a, b) : (a ?? b)!;
      if (isCompactable(merged, now)) {
        if (a) compacted.push(id);
        continue;
      }
      if (merged.statementId === '' && !a) continue; // a tombstone for a quote this device never had: nothing to do
      desired.set(id, merged);
      if (!a || !sameSyncedState(a, merged)) toLocal.push(merged);
    }
    try {
      if (toLocal.length || compacted.length) await local.applyMerged(toLocal, compacted);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      return { ...status, state: 'error', errors: [`Could not store synced changes in this browser: ${text}. Nothing was lost; sync will be retried.`], retryAt: now + RETRY_AFTER_ERROR_MS };
    }

    // Bare tombstones from others for quotes we never had are already in sync storage: keep them in the plan so
    // they are not removed before they expire.
    for (const [id, q] of decoded.quotes) if (!desired.has(id) && !isCompactable(q, now)) desired.set(id, q);

    const plan = planWrite(desired, remote, decoded, this.options.limits ?? DEFAULT_PLAN_LIMITS);
    const ops = (plan.remove.length ? 1 : 0) + (Object.keys(plan.set).length ? 1 : 0);
    status.notSynced = [...plan.notSynced];
    status.pending = plan.notSynced.length;
    status.bytesUsed = plan.bytesAfter;
    status.itemsUsed = plan.itemsAfter;
    if (ops > 0) {
      const allowedAt = budget.nextAllowedAt(now, ops);
      if (allowedAt > now) {
        status.state = 'rate-limited';
        status.pending += plan.written.length;
        status.bytesUsed = Object.entries(remote).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
        status.itemsUsed = Object.keys(remote).length;
        status.errors.push('Many changes in a short time: Verbatim is pacing its writes to browser sync storage and will finish shortly. Your quotes are safe in this browser.');
        status.retryAt = allowedAt;
        return status;
      }
      budget.record(now, ops);
      try {
        if (plan.remove.length) await area.remove(plan.remove);
        if (Object.keys(plan.set).length) await area.set(plan.set);
      } catch (error) {
        const d = describeSyncError(error);
        status.state = d.state;
        status.errors.push(d.message);
        status.pending += plan.written.length;
        for (const id of plan.written) status.notSynced.push({ id, reason: 'write-failed' });
        status.retryAt = now + RETRY_AFTER_ERROR_MS;
        return status;
      }
    }
    if (plan.notSynced.length) {
      const tooLarge = plan.notSynced.filter((n) => n.reason === 'too-large').length;
      const full = plan.notSynced.length - tooLarge;
      status.state = 'quota-full';
      if (full) status.errors.push(`Browser sync storage is full: ${full} quote(s) are kept only in this browser for now. They will sync when space is freed (delete quotes or shorten long notes).`);
      if (tooLarge) status.errors.push(`${tooLarge} quote(s) have notes too long for browser sync (about 100 KB for everything); they are kept in this browser only.`);
      status.retryAt = now + RETRY_QUOTA_MS;
    } else status.state = 'synced';
    status.lastSyncedAt = now;
    return status;
  }
}

