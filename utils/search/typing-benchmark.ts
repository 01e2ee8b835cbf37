/**
 * Search time per keystroke over a realistic typing sequence: every prefix of each query, typed in order on
 * one engine (so the per-word cache helps exactly as much as it does in the popup). Used by the benchmark;
 * pure apart from `performance.now()`, which Node and browsers both have.
 */
import type { SearchEngine } from './search-engine';

/**
 * What people type into the popup: typos, names, phrases in quotes, words of several topics. Twelve queries,
 * 254 keystrokes.
 */
export const TYPING_QUERIES = [
  'talibn allies terorism',
  'istambul agrements',
  'akuyu',
  'national currencies',
  'putin ceasefire ukraine',
  'lukashenka belarus sco',
  '"peace treaty" istanbul',
  'xi jinping multipolar world',
  'grain deal mediators',
  'erdogan akkuyu nuclear power plant',
  'strategic stability missiles',
  'trump sincere',
];

export interface TypingTimes {
  keystrokes: number;
  p50: number;
  p95: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Milliseconds per keystroke; the first run includes the engine's cold start (JIT, fuse matchers made on use). */
export function measureTyping(engine: SearchEngine, queries: readonly string[] = TYPING_QUERIES): TypingTimes {
  const times: number[] = [];
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      const started = performance.now();
      engine.search(query.slice(0, i));
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return { keystrokes: times.length, p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times[times.length - 1] ?? 0 };
}
