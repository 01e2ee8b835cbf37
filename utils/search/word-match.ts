/**
 * Does a typed word match a word of the transcripts, and how well? Exact beats "still typing" (prefix),
 * which beats a typo. Pure.
 */

/** How a query word matched a vocabulary word. */
export type WordMatchKind = 'exact' | 'prefix' | 'typo' | 'typo-prefix';

export interface WordMatch {
  /** The vocabulary word (folded). */
  word: string;
  kind: WordMatchKind;
  /** 0–1; multiplies the word's BM25 weight, so a typo counts for less than the word typed right. */
  quality: number;
}

/**
 * Typos allowed in a word of this length. Chosen on the queries people actually mistype here ("talibn",
 * "terorism", "istambul", "agrements", "akuyu", "erdogn", "lukashenka"): one typo from 4 letters, two from 8.
 * Three-letter words get none: with one typo "war" would also be "was", "far", "way".
 */
export function allowedTypos(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

/** Shortest a typed word may be to match as a prefix: 2 letters when it is still being typed, else 3. */
export const MIN_PREFIX_OPEN = 2;
export const MIN_PREFIX_CLOSED = 3;

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, "teh" → "the" = 1), giving up
 * as soon as it must exceed `max` (returns `max + 1`). Words are short, so the plain table is fast enough.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows * cols - 1]!;
}

/**
 * How well the typed `term` matches the vocabulary `word`, or null. The qualities are relative weights:
 * exact 1; prefix 0.7–0.95 (a longer completion is a weaker guess: "tal" → "taliban" < "tal" → "talk");
 * one typo 0.75, two 0.6; a typo in a prefix still being typed 0.55.
 */
export function wordMatchQuality(term: string, word: string, prefixAllowed: boolean): WordMatch | null {
  if (term === word) return { word, kind: 'exact', quality: 1 };
  if (prefixAllowed && word.startsWith(term)) return { word, kind: 'prefix', quality: 0.7 + 0.25 * (term.length / word.length) };
  const max = allowedTypos(term.length);
  // Typos must keep the first letter (see SearchIndexData.typoBuckets): it also keeps "operation" from
  // matching "cooperation" and "special" from matching "especially".
  if (max === 0 || term[0] !== word[0]) return null;
  const distance = boundedEditDistance(term, word, max);
  if (distance <= max) return { word, kind: 'typo', quality: distance === 1 ? 0.75 : 0.6 };
  if (prefixAllowed && word.length > term.length) {
    // "terori" is the start of "terrorism" with one typo: compare with the word's start of the same length ±1.
    for (const len of [term.length, term.length + 1, term.length - 1]) {
      if (boundedEditDistance(term, word.slice(0, len), max) <= max) return { word, kind: 'typo-prefix', quality: 0.55 };
    }
  }
  return null;
}
