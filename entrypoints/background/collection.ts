/**
 * Background side of the collection: message handlers (utils/messaging/collection-messages.ts), the
 * storage.sync adapter with live merging of remote changes, retries, and the change signal pages listen to.
 * All logic lives in utils/collection and utils/sync; this file wires it to the browser.
 */
import { browser } from 'wxt/browser';
import { CollectionStore, lookupFromView } from '@/utils/collection';
import { COLLECTION_REVISION_KEY, SYNC_STATUS_KEY, type CollectionMessages } from '@/utils/messaging/collection-messages';
import { initialStatus, KEY_PREFIX, SyncEngine, WriteBudget, type SyncArea, type SyncStatus } from '@/utils/sync';
import type { AreaHandlers } from './core';
import { database, view } from './database';

/** Local edits are batched: a sync starts 2 s after the last one (typing a note and tags is one write, not ten). */
const LOCAL_DEBOUNCE_MS = 2_000;
/** Remote changes arrive in bursts (one per item); merge once they have settled for half a second. */
const REMOTE_DEBOUNCE_MS = 500;
/** First sync after the background starts: late enough not to slow down start-up. */
const STARTUP_SYNC_MS = 3_000;
const RETRY_ALARM = 'verbatim-collection-sync-retry';

let storePromise: Promise<CollectionStore> | null = null;
let engine: SyncEngine | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let timerAt = 0;
const budget = new WriteBudget();

function store(): Promise<CollectionStore> {
  storePromise ??= (async () => {
    const db = await database();
    const log = (await db.collectionState.get('writeLog'))?.value;
    if (Array.isArray(log)) budget.load(log.filter((t): t is number => typeof t === 'number'), Date.now());
    return CollectionStore.open(db, lookupFromView(view), { onChange: collectionChanged });
  })().catch((error: unknown) => {
    storePromise = null;
    throw error;
  });
  return storePromise;
}

function collectionChanged(): void {
  void browser.storage.local
    .set({ [COLLECTION_REVISION_KEY]: Date.now() })
    .catch((e: unknown) => console.error('Verbatim: could not signal a collection change', e));
  scheduleSync(LOCAL_DEBOUNCE_MS);
}

function syncArea(): SyncArea {
  const area = browser.storage.sync;
  return {
    get: () => area.get(null) as Promise<Record<string, unknown>>,
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  };
}

async function syncEngine(): Promise<SyncEngine> {
  if (engine) return engine;
  const s = await store();
  engine ??= new SyncEngine({ area: syncArea(), local: s, clock: s.clock, budget });
  return engine;
}

async function runSync(): Promise<SyncStatus> {
  let status: SyncStatus;
  try {
    const e = await syncEngine();
    status = await e.sync();
    const db = await database();
    await db.collectionState.bulkPut([
      { key: 'writeLog', value: budget.log },
      { key: 'clock', value: (await store()).clock.latest },
    ]);
  } catch (error) {
    // The engine itself never throws; this is the database or the browser API failing to start.
    console.error('Verbatim: sync could not run', error);
    status = { ...initialStatus(), state: 'error', errors: [`Sync could not run: ${error instanceof Error ? error.message : String(error)}. Your quotes are kept in this browser.`], retryAt: Date.now() + 60_000 };
  }
  for (const message of status.errors) console.warn('Verbatim sync:', message);
  await browser.storage.local.set({ [SYNC_STATUS_KEY]: status }).catch((e: unknown) => console.error('Verbatim: could not store the sync status', e));
  if (status.retryAt) scheduleSync(Math.max(1_000, status.retryAt - Date.now()), true);
  return status;
}

/** Runs a sync after `delayMs`; an earlier request wins. `durable` also sets an alarm in case the worker sleeps. */
function scheduleSync(delayMs: number, durable = false): void {
  const at = Date.now() + delayMs;
  if (!timer || at < timerAt) {
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timer = null;
      void runSync();
    }, delayMs);
  }
  // Alarms survive the MV3 service worker going to sleep; they need the "alarms" permission (used when granted).
  const alarms = (browser as { alarms?: typeof browser.alarms }).alarms;
  if (durable && alarms) void alarms.create(RETRY_ALARM, { when: at }).catch((e: unknown) => console.error('Verbatim: could not set the sync alarm', e));
}

async function lastStatus(): Promise<SyncStatus> {
  if (engine && engine.status.lastAttemptAt) return engine.status;
  const stored = (await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as SyncStatus | undefined;
  return stored ?? initialStatus();
}

function readerLink(statementId: string): string {
  return browser.runtime.getURL(`/reader.html#statement=${encodeURIComponent(statementId)}` as '/popup.html');
}

export const collectionHandlers: AreaHandlers<CollectionMessages> = {
  'collection:save': async (req) => (await store()).save(req),
  'collection:update': async ({ id, ...patch }) => (await store()).update(id, patch),
  'collection:delete': async ({ ids }) => ({ deleted: await (await store()).remove(ids) }),
  'collection:undo': async ({ ids }) => ({ restored: await (await store()).undoDelete(ids) }),
  'collection:list': async () => ({ quotes: await (await store()).list(), corpusVersion: view.version }),
  'collection:export': async ({ format, ids }) => (await store()).export(format, ids, readerLink),
  'collection:import': async ({ content }) => (await store()).import(content),
  'collection:sync-status': () => lastStatus(),
  'collection:sync-now': () => runSync(),
};

/** Called once when the background starts (listeners, alarms of this area). */
export function startCollectionArea(): void {
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'sync' && Object.keys(changes).some((k) => k.startsWith(KEY_PREFIX))) scheduleSync(REMOTE_DEBOUNCE_MS);
  });
  const alarms = (browser as { alarms?: typeof browser.alarms }).alarms;
  alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) void runSync();
  });
  scheduleSync(STARTUP_SYNC_MS);
  // Ask the browser not to evict the collection under storage pressure (a window context is needed: this works
  // in Firefox's background page; Chrome's service worker has no persist(), so the collection page asks too).
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (storage && typeof storage.persist === 'function')
    void storage.persist().catch((e: unknown) => console.warn('Verbatim: persistent storage request failed', e));
}
