/**
 * The search behind the popup and `verbatim search`: one engine, so both give the same answers. Pure.
 *
 * 1. Each typed word is matched against the transcripts' vocabulary: exact and prefix hits by binary search,
 *    typos through fuse.js (index built at build time, loaded with `Fuse.parseIndex`), each candidate then
 *    accepted by edit distance (word-match.ts). Results per word are cached, so typing one more letter only
 *    re-matches the last word.
 * 2. A statement matches when it contains every typed word (or a typo of it) and every quoted phrase
 *    word for word. A word may also match the speaker's name ("erdogan akkuyu").
 * 3. Matches are ranked with BM25 (the standard relevance formula: rare words count more, repeats count
 *    with diminishing returns, long paragraphs are not favoured just for being long), each word's weight
 *    multiplied by how well it matched (exact > prefix > typo).
 * 4. When no statement has every word, statements with most of them are returned, marked `partial`.
 */
import Fuse from 'fuse.js';
import type { Corpus } from '../corpus/types';
import { tokenize } from '../text/fold';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './query';
import { NARRATION_SPEAKER, NO_FILTERS, type SearchFilters } from './filters';
import { speakerNameWords, VOCABULARY_FUSE_OPTIONS, type SearchIndexData, type SearchRecord } from './search-index';
import { MIN_PREFIX_CLOSED, MIN_PREFIX_OPEN, wordMatchQuality, type WordMatch } from './word-match';

/**
 * BM25 parameters. k1 = 1.2 is the textbook value (a word's second occurrence adds ~40 % of the first, the
 * tenth adds little). b = 0.5 instead of the usual 0.75: statements are paragraphs of one speaker, and a long
 * answer that mentions a word is not much less about it than a short one (0.75 buried Putin's long answers).
 */
const K1 = 1.2;
const B = 0.5;
/**
 * A word that matches only the speaker's name counts as this fraction of a typical (median-idf) text word:
 * "putin taliban" should prefer Putin's statements about the Taliban without burying the journalists'
 * questions that name the Taliban.
 */
const SPEAKER_NAME_WEIGHT = 0.6;
/** A quoted phrase is worth its words' weights times this: the user asked for exactly these words. */
const PHRASE_BONUS = 1.5;
/** Typo candidates asked of fuse per word: more than any real word has within the allowed edit distance. */
const FUSE_CANDIDATES = 40;
/** Words remembered with their matches; a typing session uses a few dozen. */
const TERM_CACHE_SIZE = 500;

export interface SearchOptions {
  filters?: SearchFilters;
  /** Most results to return (the popup shows 50, the CLI 10 by default). */
  limit?: number;
}

export interface SearchHit {
  statementId: string;
  /** Relevance, higher is better; comparable only within one search (0 when only filters were given). */
  score: number;
  /** Vocabulary words matched in this statement's text (for highlighting). */
  matchedWords: string[];
  /** The quoted phrases found in it (folded words). */
  phrases: string[][];
  /** True when the statement lacks some typed words (shown only when nothing has them all). */
  partial: boolean;
}

export interface SearchResponse {
  query: ParsedQuery;
  hits: SearchHit[];
  /** How many statements matched before `limit` was applied. */
  total: number;
  /** The hits are closest matches: no statement has every word. */
  partial: boolean;
}

interface Candidate {
  record: number;
  score: number;
  matchedTerms: number;
  words: Set<string>;
}

export class SearchEngine {
  /** One fuse.js matcher per initial letter, made from the build-time indexes on first use. */
  private readonly typoMatchers = new Map<string, { words: string[]; index: SearchIndexData['typoBuckets'][number]['fuseIndex']; fuse?: Fuse<string> }>();
  private readonly vocabulary: string[];
  private readonly postings: number[][];
  private readonly records: SearchRecord[];
  private readonly wordIndex = new Map<string, number>();
  private readonly idf: number[];
  private readonly avgLength: number;
  private readonly nameWords: Map<string, Set<string>>;
  private readonly speakerWeight: number;
  private readonly topicSets = new Map<string, Set<string>>();
  private readonly termCache = new Map<string, WordMatch[]>();
  /** Folded words of each record, in order (phrase matching), made on first phrase query. */
  private recordWords: string[][] | null = null;

  constructor(
    private readonly corpus: Corpus,
    index: SearchIndexData,
  ) {
    if (index.corpusVersion !== corpus.version) {
      throw new Error(`The search index was built for corpus ${index.corpusVersion}, not ${corpus.version}: run \`npm run compile\`.`);
    }
    this.vocabulary = index.vocabulary;
    this.postings = index.postings;
    this.records = index.records;
    this.vocabulary.forEach((word, i) => this.wordIndex.set(word, i));
    for (const bucket of index.typoBuckets) this.typoMatchers.set(bucket.initial, { words: bucket.words, index: bucket.fuseIndex });
    const n = this.records.length;
    this.idf = this.postings.map((p) => {
      const df = p.length / 2;
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    });
    this.avgLength = this.records.reduce((sum, r) => sum + r.length, 0) / Math.max(1, n);
    this.nameWords = speakerNameWords(corpus);
    const sortedIdf = this.idf.filter((_, i) => (this.postings[i]?.length ?? 0) > 0).sort((a, b) => a - b);
    this.speakerWeight = SPEAKER_NAME_WEIGHT * (sortedIdf[Math.floor(sortedIdf.length / 2)] ?? 1);
    for (const topic of corpus.topics) this.topicSets.set(topic.id, new Set(topic.statementIds));
  }

  /**
   * Does the one-time work the first keystrokes would otherwise pay for: every statement's words (phrase
   * queries, ~15 ms), the per-letter fuse matchers, and a warm-up search so the JIT has compiled the hot
   * paths (without it the first few keystrokes of a session cost 5–30 ms instead of < 1 ms). The popup calls
   * it when idle, after first paint. The warm-up words are not cached (the cache only holds real queries).
   */
  prepare(): void {
    if (this.recordWords) return;
    this.recordWords = this.records.map((r) => this.corpusWords(r.id));
    for (const bucket of this.typoMatchers.values()) bucket.fuse ??= new Fuse(bucket.words, VOCABULARY_FUSE_OPTIONS, Fuse.parseIndex<string>(bucket.index));
    for (const warm of ['presidnt cooperaton', 'agreem', '"the president"']) this.search(warm);
    this.termCache.clear();
  }

  /** Searches with a typed query (or an already parsed one) and optional filters. */
  search(input: string | ParsedQuery, options: SearchOptions = {}): SearchResponse {
    const query = typeof input === 'string' ? parseQuery(input) : input;
    const filters = options.filters ?? NO_FILTERS;
    const limit = options.limit ?? 50;
    const allowed = (record: SearchRecord) => this.passesFilters(record, filters);

    if (isEmptyQuery(query)) {
      // Filters alone: every statement that passes them, in transcript order.
      const noFilters = filters.speakers.length + filters.documents.length + filters.topics.length === 0;
      const records = noFilters ? [] : this.records.filter(allowed);
      const hits = records.slice(0, limit).map((r) => ({ statementId: r.id, score: 0, matchedWords: [], phrases: [], partial: false }));
      return { query, hits, total: records.length, partial: false };
    }

    const termMatches = query.terms.map((term, i) => this.matchTerm(term, query.lastTermOpen && i === query.terms.length - 1));
    const candidates = new Map<number, Candidate>();
    const candidate = (record: number): Candidate => {
      let c = candidates.get(record);
      if (!c) candidates.set(record, (c = { record, score: 0, matchedTerms: 0, words: new Set() }));
      return c;
    };

    termMatches.forEach((matches) => {
      // Best contribution of this term per record (a term counts once, through its best-matching word).
      const best = new Map<number, { score: number; words: string[] }>();
      for (const match of matches) {
        const w = this.wordIndex.get(match.word);
        if (w === undefined) continue;
        const posting = this.postings[w]!;
        const idf = this.idf[w]!;
        for (let p = 0; p < posting.length; p += 2) {
          const record = posting[p]!;
          const tf = posting[p + 1]!;
          const length = this.records[record]!.length;
          const score = match.quality * idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / this.avgLength)));
          const prev = best.get(record);
          if (!prev) best.set(record, { score, words: [match.word] });
          else {
            prev.words.push(match.word);
            if (score > prev.score) prev.score = score;
          }
        }
        // The same word in a speaker's name: their statements match too, at a lower weight.
        const speakers = this.nameWords.get(match.word);
        if (speakers) {
          this.records.forEach((r, record) => {
            if (!r.speakerId || !speakers.has(r.speakerId)) return;
            const score = match.quality * this.speakerWeight;
            const prev = best.get(record);
            if (!prev) best.set(record, { score, words: [] });
            else if (score > prev.score) prev.score = score;
          });
        }
      }
      for (const [record, { score, words }] of best) {
        const c = candidate(record);
        c.score += score;
        c.matchedTerms += 1;
        for (const word of words) c.words.add(word);
      }
    });

    // Phrases: statements containing each phrase word for word.
    const phraseRecords = query.phrases.map((phrase) => this.recordsWithPhrase(phrase));
    phraseRecords.forEach((records, i) => {
      const phrase = query.phrases[i]!;
      const weight = phrase.reduce((sum, word) => sum + (this.idf[this.wordIndex.get(word) ?? -1] ?? 0), 0) * PHRASE_BONUS;
      for (const record of records) {
        const c = candidate(record);
        c.score += weight;
        c.matchedTerms += 1;
      }
    });

    const needed = query.terms.length + query.phrases.length;
    const pool = [...candidates.values()].filter((c) => allowed(this.records[c.record]!));
    let matched = pool.filter((c) => c.matchedTerms === needed);
    let partial = false;
    // No statement has every word: show the closest ones, unless a quoted phrase is missing altogether
    // (the user asked for those exact words; "nothing has them" is the honest answer).
    if (matched.length === 0 && needed > 1 && phraseRecords.every((r) => r.size > 0)) {
      matched = pool.filter((c) => c.matchedTerms >= Math.max(1, needed - 1));
      partial = matched.length > 0;
    }
    matched.sort((a, b) => b.matchedTerms - a.matchedTerms || b.score - a.score || a.record - b.record);
    const hits = matched.slice(0, limit).map((c) => {
      const phrases = query.phrases.filter((_, i) => phraseRecords[i]!.has(c.record));
      return {
        statementId: this.records[c.record]!.id,
        score: Math.round(c.score * 1000) / 1000,
        matchedWords: [...c.words],
        phrases,
        partial: c.matchedTerms < needed,
      };
    });
    return { query, hits, total: matched.length, partial };
  }

  /** Vocabulary words matching a typed word, best first (cached). */
  matchTerm(term: string, open: boolean): WordMatch[] {
    const key = `${open ? '+' : '='}${term}`;
    const cached = this.termCache.get(key);
    if (cached) return cached;
    const prefixAllowed = term.length >= (open ? MIN_PREFIX_OPEN : MIN_PREFIX_CLOSED);
    const found = new Map<string, WordMatch>();
    const add = (match: WordMatch | null) => {
      if (match && (found.get(match.word)?.quality ?? -1) < match.quality) found.set(match.word, match);
    };
    if (this.wordIndex.has(term)) add({ word: term, kind: 'exact', quality: 1 });
    if (prefixAllowed) {
      for (let i = lowerBound(this.vocabulary, term); i < this.vocabulary.length; i++) {
        const word = this.vocabulary[i]!;
        if (!word.startsWith(term)) break;
        add(wordMatchQuality(term, word, true));
      }
    }
    const bucket = term.length >= 4 ? this.typoMatchers.get(term[0]!) : undefined;
    if (bucket) {
      bucket.fuse ??= new Fuse(bucket.words, VOCABULARY_FUSE_OPTIONS, Fuse.parseIndex<string>(bucket.index));
      for (const result of bucket.fuse.search(term, { limit: FUSE_CANDIDATES })) add(wordMatchQuality(term, result.item, prefixAllowed));
    }
    const matches = [...found.values()].sort((a, b) => b.quality - a.quality);
    if (this.termCache.size >= TERM_CACHE_SIZE) this.termCache.clear();
    this.termCache.set(key, matches);
    return matches;
  }

  private passesFilters(record: SearchRecord, filters: SearchFilters): boolean {
    if (filters.speakers.length && !filters.speakers.includes(record.speakerId ?? NARRATION_SPEAKER)) return false;
    if (filters.documents.length && !filters.documents.includes(record.documentId)) return false;
    if (filters.topics.length && !filters.topics.some((t) => this.topicSets.get(t)?.has(record.id))) return false;
    return true;
  }

  private recordsWithPhrase(phrase: string[]): Set<number> {
    const found = new Set<number>();
    // Only statements containing the phrase's rarest word can contain the phrase.
    const indexes = phrase.map((w) => this.wordIndex.get(w));
    if (indexes.some((i) => i === undefined)) return found;
    this.recordWords ??= this.records.map((r) => this.corpusWords(r.id));
    const rarest = indexes.reduce((a, b) => ((this.postings[b!]!.length < this.postings[a!]!.length ? b : a)))!;
    const posting = this.postings[rarest]!;
    for (let p = 0; p < posting.length; p += 2) {
      const record = posting[p]!;
      if (containsSequence(this.recordWords![record]!, phrase)) found.add(record);
    }
    return found;
  }

  private readonly statementText = new Map<string, string>();
  private corpusWords(statementId: string): string[] {
    if (this.statementText.size === 0) for (const s of this.corpus.statements) this.statementText.set(s.id, s.text);
    return tokenizeNorms(this.statementText.get(statementId) ?? '');
  }
}

function tokenizeNorms(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

export function containsSequence(words: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** First index whose word is ≥ `term` in the vocabulary's (code-unit) sort order. */
function lowerBound(sorted: string[], term: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
