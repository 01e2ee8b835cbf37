export * from './types';
export { ArticleChecker } from './article-checker';
export { QuoteEngine, type SynonymMap, type CheckInput } from './quote-engine';
export { extractQuotes, splitFragments } from './extract-quotes';
export { compileTerms, findTerms, type TermIndex, type TermMatch } from './term-finder';
export { htmlToBlocks } from './html-blocks';
