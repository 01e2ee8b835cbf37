/** Collection ↔ storage.sync: pure merge, encoding within quotas, and the sync loop behind a storage interface. */
export { HybridClock, MAX_ADOPTED_SKEW_MS } from './clock';
export { compareStamps, stampKey, type Stamp } from './stamps';
export { mergeQuote, sameSyncedState, isCompactable, isDeleted, lastContentEdit, stampOf, MAX_NOTE_ANCESTORS, CONCURRENT_NOTE_SEPARATOR, TOMBSTONE_TTL_MS } from './merge';
export { encodeQuote, decodeItems, quoteKey, hashText, KEY_PREFIX, SYNC_FORMAT, type Decoded, type DecodeProblem } from './encode';
export { planWrite, ourBytes, DEFAULT_PLAN_LIMITS, type WritePlan, type NotSyncedReason, type PlanLimits } from './plan';
export { WriteBudget } from './rate-limit';
export { SYNC_LIMITS, ITEM_BUDGET_BYTES, RESERVED_BYTES, RESERVED_ITEMS, WRITE_BUDGET, itemBytes, utf8Length } from './quotas';
export {
  SyncEngine,
  initialStatus,
  describeSyncError,
  RETRY_AFTER_ERROR_MS,
  RETRY_QUOTA_MS,
  type SyncArea,
  type LocalCollection,
  type SyncStatus,
  type SyncState,
  type EngineOptions,
} from './engine';
