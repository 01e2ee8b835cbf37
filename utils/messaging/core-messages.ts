import type { SeedResult } from '../db/seed';
import { isNothing } from './validate';

export interface CorpusStatus {
  version: string;
  counts: { documents: number; speakers: number; statements: number; entities: number; topics: number };
  /** Counts actually stored in IndexedDB (what e2e tests compare with the compiled corpus). */
  stored: { documents: number; speakers: number; statements: number; entities: number; topics: number; savedQuotes: number };
  seed: SeedResult | null;
  /** A database problem the user must be told about (blocked, quota, corrupt), or null. */
  problem: string | null;
}

export type CoreMessages = {
  'corpus:status': { req: void; res: CorpusStatus };
};

export const coreValidators = {
  'corpus:status': isNothing,
};
