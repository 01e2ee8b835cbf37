/**
 * Decides what to write to storage.sync so it holds the merged collection, within the quotas. Pure.
 *
 * Order of priority when space runs out: removals first (they free space), then tombstones (deletions must
 * travel, and they are small), then changes to quotes already in sync storage, then new quotes oldest first —
 * so every device picks the same quotes to leave out and devices never fight over the last free bytes.
 * Whatever does not fit stays in the local collection, is listed as not synced, and is tried again next time.
 */
import type { SyncedQuote } from '../collection/types';
import { encodeQuote, KEY_PREFIX, type Decoded } from './encode';
import { itemBytes, RESERVED_BYTES, RESERVED_ITEMS, SYNC_LIMITS } from './quotas';

export type NotSyncedReason = 'quota-bytes' | 'quota-items' | 'too-large';

export interface WritePlan {
  set: Record<string, unknown>;
  remove: string[];
  notSynced: Array<{ id: string; reason: NotSyncedReason }>;
  /** Ids whose items this plan writes. */
  written: string[];
  /** Sync storage use after the plan is applied (all keys, ours and others'). */
  bytesAfter: number;
  itemsAfter: number;
}

export interface PlanLimits {
  totalBytes: number;
  items: number;
}

export const DEFAULT_PLAN_LIMITS: PlanLimits = {
  totalBytes: SYNC_LIMITS.totalBytes - RESERVED_BYTES,
  items: SYNC_LIMITS.items - RESERVED_ITEMS,
};

export function planWrite(desired: ReadonlyMap<string, SyncedQuote>, remote: Record<string, unknown>, decoded: Decoded, limits: PlanLimits = DEFAULT_PLAN_LIMITS): WritePlan {
  const sizes = new Map<string, number>();
  for (const [key, value] of Object.entries(remote)) sizes.set(key, itemBytes(key, value));
  let bytes = [...sizes.values()].reduce((a, b) => a + b, 0);
  let items = sizes.size;
  const plan: WritePlan = { set: {}, remove: [], notSynced: [], written: [], bytesAfter: 0, itemsAfter: 0 };

  const drop = (key: string) => {
    if (!sizes.has(key)) return;
    bytes -= sizes.get(key)!;
    items -= 1;
    sizes.delete(key);
    plan.remove.push(key);
  };

  // Removals: compacted quotes and orphan chunks.
  for (const [id, keys] of decoded.keysById) if (!desired.has(id)) keys.forEach(drop);
  decoded.orphans.forEach(drop);

  interface Change {
    id: string;
    items: Record<string, unknown>;
    oldKeys: string[];
    rank: number;
    createdAt: number;
  }
  const changes: Change[] = [];
  for (const [id, quote] of desired) {
    const encoded = encodeQuote(quote);
    const oldKeys = decoded.keysById.get(id) ?? Object.keys(encoded).filter((k) => k in remote);
    const same = oldKeys.length === Object.keys(encoded).length && Object.entries(encoded).every(([k, v]) => k in remote && JSON.stringify(remote[k]) === JSON.stringify(v));
    if (same) continue;
    const rank = quote.deletedAt > 0 ? 0 : decoded.keysById.has(id) || oldKeys.length ? 1 : 2;
    changes.push({ id, items: encoded, oldKeys, rank, createdAt: quote.createdAt });
  }
  changes.sort((a, b) => a.rank - b.rank || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  for (const change of changes) {
    const newBytes = Object.entries(change.items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
    const newCount = Object.keys(change.items).length;
    const freedBytes = change.oldKeys.reduce((sum, k) => sum + (sizes.get(k) ?? 0), 0);
    const freedCount = change.oldKeys.filter((k) => sizes.has(k)).length;
    if (newBytes > limits.totalBytes) {
      plan.notSynced.push({ id: change.id, reason: 'too-large' });
      continue;
    }
    if (bytes - freedBytes + newBytes > limits.totalBytes) {
      plan.notSynced.push({ id: change.id, reason: 'quota-bytes' });
      continue;
    }
    if (items - freedCount + newCount > limits.items) {
      plan.notSynced.push({ id: change.id, reason: 'quota-items' });
      continue;
    }
    for (const k of change.oldKeys) if (!(k in change.items)) drop(k);
    for (const [k, v] of Object.entries(change.items)) {
      if (sizes.has(k)) {
        bytes -= sizes.get(k)!;
        items -= 1;
      }
      const size = itemBytes(k, v);
      sizes.set(k, size);
      bytes += size;
      items += 1;
      plan.set[k] = v;
      plan.remove = plan.remove.filter((r) => r !== k);
    }
    plan.written.push(change.id);
  }
  plan.bytesAfter = bytes;
  plan.itemsAfter = items;
  return plan;
}

/** Bytes our own items take in a snapshot. */
export function ourBytes(remote: Record<string, unknown>): number {
  return Object.entries(remote).reduce((sum, [k, v]) => (k.startsWith(KEY_PREFIX) ? sum + itemBytes(k, v) : sum), 0);
}
