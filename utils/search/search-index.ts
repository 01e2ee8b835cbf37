/**
 * The popup's search: fuse.js over every statement. The index is built at build time
 * (`Fuse.createIndex`) and loaded with `Fuse.parseIndex`, so opening the popup does not re-index.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Corpus } from '../corpus/types';

export interface SearchRecord {
  id: string;
  text: string;
  speaker: string;
  speakerId: string | null;
  documentId: string;
  document: string;
}

export const SEARCH_KEYS = [
  { name: 'text', weight: 0.8 },
  { name: 'speaker', weight: 0.1 },
  { name: 'document', weight: 0.1 },
];

/**
 * Extended search: words are ANDed and each is matched fuzzily, so "talibn allies terorism" finds the answer
 * about the Taliban; `ignoreLocation` because a word may sit anywhere in a long paragraph; threshold 0.35 lets
 * one typo in a 6-letter word through ("akuyu" → "Akkuyu") without matching unrelated words (tuned on the
 * typing sequences in tests/unit/search.test.ts).
 */
export const SEARCH_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: SEARCH_KEYS,
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: 0.35,
  minMatchCharLength: 2,
};

export function searchRecords(corpus: Corpus): SearchRecord[] {
  const speakers = new Map(corpus.speakers.map((s) => [s.id, s.name]));
  const documents = new Map(corpus.documents.map((d) => [d.id, d.title]));
  return corpus.statements
    .filter((s) => s.kind !== 'heading')
    .map((s) => ({
      id: s.id,
      text: s.text,
      speaker: s.speakerId ? (speakers.get(s.speakerId) ?? '') : 'The Kremlin (narration)',
      speakerId: s.speakerId,
      documentId: s.documentId,
      document: documents.get(s.documentId) ?? '',
    }));
}

export function buildSearchIndex(corpus: Corpus): ReturnType<ReturnType<typeof Fuse.createIndex<SearchRecord>>['toJSON']> {
  return Fuse.createIndex(SEARCH_KEYS, searchRecords(corpus)).toJSON();
}
