/**
 * The search index, built at build time by `scripts/compile-corpus.ts` into `generated/search-index.json`
 * and loaded at run time with `Fuse.parseIndex` (opening the popup never re-indexes anything).
 *
 * Why fuse.js indexes the *vocabulary* and not whole paragraphs: fuse's bitap matcher scores a pattern
 * against one string, and over paragraphs of 300–1,500 characters that gave poor typo tolerance and poor
 * ranking (measured on this corpus: "xi jinping" ranked a Putin remark first, "ceasefire trump" found
 * nothing, patterns are capped at 32 characters, and the first query took 125 ms). Matching each query word
 * against the ~2,000 distinct words of the transcripts is what typo tolerance is really about ("talibn" →
 * "taliban", "akuyu" → "akkuyu"), costs well under a millisecond, and lets statements be ranked with a
 * proper relevance formula (BM25, in search-engine.ts) over postings that are also precomputed here.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Corpus, Statement } from '../corpus/types';
import { tokenize } from '../text/fold';

/** A searchable statement (headings are left out: they repeat the document title). */
export interface SearchRecord {
  /** Statement id. */
  id: string;
  speakerId: string | null;
  documentId: string;
  /** Number of words (for BM25's length normalisation). */
  length: number;
}

export type FuseIndexJson = ReturnType<ReturnType<typeof Fuse.createIndex<string>>['toJSON']>;

export interface TypoBucket {
  /** First letter (folded) of every word in the bucket. */
  initial: string;
  /** The bucket's words, as in the vocabulary. */
  words: string[];
  fuseIndex: FuseIndexJson;
}

/** What generated/search-index.json holds. */
export interface SearchIndexData {
  /** Corpus version the index was built from (a stale index is rejected at load time). */
  corpusVersion: string;
  /** Searchable statements in transcript order; postings refer to them by position. */
  records: SearchRecord[];
  /** Folded words of the statements and of speakers' names, sorted (binary search for exact/prefix hits). */
  vocabulary: string[];
  /**
   * Fuse indexes for typo matching, one per initial letter: `Fuse.createIndex([], words).toJSON()` for the
   * vocabulary words starting with `initial`. Typos rarely hit a word's first letter, and searching ~100
   * words instead of ~2,000 keeps a keystroke under a millisecond (fuse over the whole vocabulary took
   * 4.3 ms for a 10-letter word, most of the 5 ms budget). The cost: "kkuyu" does not find "Akkuyu".
   */
  typoBuckets: TypoBucket[];
  /**
   * Per vocabulary word, flat pairs `[recordIndex, count, recordIndex, count, …]`: which statements use
   * the word and how often. Names that only occur in speaker labels have an empty list.
   */
  postings: number[][];
}

/**
 * Fuse options for matching one query word against the vocabulary. Fuse proposes candidates; the engine
 * then accepts or rejects each one by edit distance (see `wordMatchQuality`), so these settings are about
 * recall at the least cost:
 * - `threshold: 0.3`: bitap's score is errors ÷ pattern length (+ distance from the word start ÷ `distance`).
 *   The most typos accepted are 1 in 4 letters or 2 in 8 (`allowedTypos`), a score of 0.25, so 0.3 keeps
 *   every acceptable candidate; 0.45 found nothing more and made fuse 2–5× slower (0.4 vs 1–2.5 ms per word).
 * - `location: 0`, `distance: 8`: a query word should match from the start of a vocabulary word; a match
 *   found 3 letters in costs 0.375 and is dropped ("ally" must not match "totally").
 * - `minMatchCharLength: 2` and `isCaseSensitive: true`: the vocabulary and queries are already folded.
 * Used per initial-letter bucket (see `SearchIndexData.typoBuckets`).
 */
export const VOCABULARY_FUSE_OPTIONS: IFuseOptions<unknown> = {
  includeScore: true,
  threshold: 0.3,
  location: 0,
  distance: 8,
  minMatchCharLength: 2,
  isCaseSensitive: true,
  shouldSort: true,
};

export function isSearchable(statement: Statement): boolean {
  return statement.kind !== 'heading';
}

/** The folded words of a speaker's name and aliases ("Erdoğan" → "erdogan"), for name queries. */
export function speakerNameWords(corpus: Corpus): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  for (const speaker of corpus.speakers) {
    for (const name of [speaker.name, ...speaker.aliases]) {
      for (const token of tokenize(name)) {
        if (token.norm.length < 2) continue;
        let ids = words.get(token.norm);
        if (!ids) words.set(token.norm, (ids = new Set()));
        ids.add(speaker.id);
      }
    }
  }
  return words;
}

export function buildSearchIndex(corpus: Corpus): SearchIndexData {
  const statements = corpus.statements.filter(isSearchable);
  const counts = new Map<string, Map<number, number>>();
  const records: SearchRecord[] = statements.map((statement, index) => {
    const tokens = tokenize(statement.text);
    for (const token of tokens) {
      let perRecord = counts.get(token.norm);
      if (!perRecord) counts.set(token.norm, (perRecord = new Map()));
      perRecord.set(index, (perRecord.get(index) ?? 0) + 1);
    }
    return { id: statement.id, speakerId: statement.speakerId, documentId: statement.documentId, length: tokens.length };
  });
  const vocabulary = [...new Set([...counts.keys(), ...speakerNameWords(corpus).keys()])].sort();
  const postings = vocabulary.map((word) => [...(counts.get(word) ?? new Map<number, number>())].flat());
  const byInitial = new Map<string, string[]>();
  for (const word of vocabulary) {
    const initial = word[0]!;
    let words = byInitial.get(initial);
    if (!words) byInitial.set(initial, (words = []));
    words.push(word);
  }
  const typoBuckets = [...byInitial].map(([initial, words]) => ({ initial, words, fuseIndex: Fuse.createIndex([], words).toJSON() }));
  return { corpusVersion: corpus.version, records, vocabulary, typoBuckets, postings };
}
