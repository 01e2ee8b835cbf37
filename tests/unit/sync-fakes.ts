/**
 * Test doubles for sync: a storage.sync area that enforces the browser's quotas and write limits like Chrome
 * (same error messages), an in-memory local collection, and simulated devices sharing one area.
 */
import type { SavedQuote, SyncedQuote } from '../../utils/collection/types';
import { HybridClock, itemBytes, mergeQuote, sameSyncedState, SyncEngine, SYNC_LIMITS, WriteBudget, type LocalCollection, type SyncArea } from '../../utils/sync';
import { createQuote, deleteQuote, editQuote, restoreQuote, type QuotePatch } from '../../utils/collection/quote-edits';

export class FakeSyncArea implements SyncArea {
  items: Record<string, unknown> = {};
  writes: number[] = [];
  /** Set to make the next calls fail with this message (e.g. simulate the browser's rate limit). */
  failWith: string | null = null;
  offline = false;
  constructor(public now: () => number = Date.now, public enforceRate = true) {}

  private check(next: Record<string, unknown>): void {
    if (this.offline) throw new Error('storage.sync is not available');
    if (this.failWith) throw new Error(this.failWith);
    const t = this.now();
    if (this.enforceRate) {
      if (this.writes.filter((w) => t - w < 60_000).length >= SYNC_LIMITS.writesPerMinute) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
      if (this.writes.filter((w) => t - w < 3_600_000).length >= SYNC_LIMITS.writesPerHour) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    }
    for (const [k, v] of Object.entries(next)) if (itemBytes(k, v) > SYNC_LIMITS.itemBytes) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    if (Object.keys(next).length > SYNC_LIMITS.items) throw new Error('MAX_ITEMS quota exceeded');
    const total = Object.entries(next).reduce((s, [k, v]) => s + itemBytes(k, v), 0);
    if (total > SYNC_LIMITS.totalBytes) throw new Error('QUOTA_BYTES quota exceeded');
    this.writes.push(t);
  }

  async get(): Promise<Record<string, unknown>> {
    if (this.offline) throw new Error('storage.sync is not available');
    return structuredClone(this.items);
  }
  async set(items: Record<string, unknown>): Promise<void> {
    const next = { ...this.items, ...structuredClone(items) };
    this.check(next);
    this.items = next;
  }
  async remove(keys: string[]): Promise<void> {
    const next = { ...this.items };
    for (const k of keys) delete next[k];
    this.check(next);
    this.items = next;
  }
  bytes(): number {
    return Object.entries(this.items).reduce((s, [k, v]) => s + itemBytes(k, v), 0);
  }
}

export class MemoryCollection implements LocalCollection {
  quotes = new Map<string, SavedQuote>();
  async all(): Promise<SyncedQuote[]> {
    return [...this.quotes.values()].map((q) => structuredClone(q));
  }
  async applyMerged(quotes: SyncedQuote[], compacted: string[]): Promise<void> {
    for (const q of quotes) {
      const local = this.quotes.get(q.id);
      if (!local) {
        if (q.statementId === '') continue;
        this.quotes.set(q.id, { ...structuredClone(q), text: `text of ${q.statementId}`, speakerId: null, documentId: 'doc', corpusVersion: 'test', updatedAt: 0, deviceId: '' });
        continue;
      }
      const merged = mergeQuote(local, q);
      if (!sameSyncedState(local, merged)) this.quotes.set(q.id, { ...local, ...merged });
    }
    for (const id of compacted) this.quotes.delete(id);
  }
  live(): SavedQuote[] {
    return [...this.quotes.values()].filter((q) => q.deletedAt === 0).sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}

/** A shared wall clock the test moves forward; each device may be skewed from it. */
export class World {
  time = Date.UTC(2024, 6, 10, 12, 0, 0);
  area = new FakeSyncArea(() => this.time);
  advance(ms: number): void {
    this.time += ms;
  }
}

export class Device {
  local = new MemoryCollection();
  clock: HybridClock;
  engine: SyncEngine;
  budget = new WriteBudget();
  private n = 0;
  constructor(
    public world: World,
    public id: string,
    public skewMs = 0,
    area: SyncArea = world.area,
  ) {
    this.clock = new HybridClock(() => world.time + skewMs);
    this.engine = new SyncEngine({ area, local: this.local, clock: this.clock, budget: this.budget, now: () => world.time + skewMs });
  }
  private ctx() {
    return { deviceId: this.id, time: this.clock.now(), corpusVersion: 'test' };
  }
  save(statementId: string, note = '', tags: string[] = []): SavedQuote {
    const q = createQuote(`${this.id}q${++this.n}`, { id: statementId, text: `text of ${statementId}`, speakerId: null, documentId: 'doc' }, { note, tags }, this.ctx());
    this.local.quotes.set(q.id, q);
    return q;
  }
  edit(id: string, patch: QuotePatch): SavedQuote {
    const q = editQuote(this.local.quotes.get(id)!, patch, this.ctx(), 'text of statement with enough characters for spans');
    this.local.quotes.set(id, q);
    return q;
  }
  remove(id: string): void {
    this.local.quotes.set(id, deleteQuote(this.local.quotes.get(id)!, this.ctx()));
  }
  restore(id: string): void {
    this.local.quotes.set(id, restoreQuote(this.local.quotes.get(id)!, this.ctx()));
  }
  get(id: string): SavedQuote | undefined {
    return this.local.quotes.get(id);
  }
  sync() {
    return this.engine.sync();
  }
}

/** Syncs every device in turn until nothing changes (at most `rounds` passes). */
export async function settle(world: World, devices: Device[], rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    for (const d of devices) {
      world.advance(1_000);
      await d.sync();
    }
  }
}

/** What a user sees of a collection: live quotes with their note, tags, span. */
export function visible(d: Device): Array<{ id: string; note: string; tags: string[]; span: [number, number] | null }> {
  return d.local.live().map((q) => ({ id: q.id, note: q.note, tags: q.tags, span: q.span }));
}
