/**
 * The background's quote engine, made on first use (building its indexes takes a few milliseconds and is not
 * needed to answer the popup's first request).
 */
import synonyms from '@/generated/synonyms.json';
import { ArticleChecker, type SynonymMap } from '@/utils/matching';
import { corpus } from './database';

let checker: ArticleChecker | null = null;

export function articleChecker(): ArticleChecker {
  checker ??= new ArticleChecker(corpus, synonyms as unknown as SynonymMap);
  return checker;
}
