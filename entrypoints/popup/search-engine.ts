/**
 * Loaded with a dynamic import after the popup's first paint: the corpus, the build-time search index and
 * the engine (together ~300 KB of JSON), so opening the popup never waits for them.
 */
import corpusJson from '@/generated/corpus.json';
import indexJson from '@/generated/search-index.json';
import type { Corpus } from '@/utils/corpus/types';
import { CorpusView } from '@/utils/corpus/corpus-view';
import { filterOptions, SearchEngine, type SearchIndexData } from '@/utils/search';

const corpus = corpusJson as unknown as Corpus;
export const view = new CorpusView(corpus);
export const engine = new SearchEngine(corpus, indexJson as unknown as SearchIndexData);
export const options = filterOptions(corpus);
export { corpus };
