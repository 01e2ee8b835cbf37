/**
 * Build step helper: the English dictionary the corpus compiler uses to find words the transcript runs together
 * (utils/corpus/run-together.ts). The `word-list` package: 275,000 lowercase words, British and American spellings,
 * read at build time only (nothing of it ships).
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

export function readDictionary(): Set<string> {
  return new Set(readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean));
}
