/** The popup's and the CLI's statement search: query parsing, filters, ranking, highlighting. Pure. */
export * from './query';
export * from './filters';
export * from './word-match';
export * from './highlight';
export * from './search-index';
export * from './search-engine';
export * from './result-view';
export * from './typing-benchmark';
