/** The page area's pure logic: where to run, what to scan, in which slices, and what to show. */
export * from './site-policy';
export * from './article-detection';
export * from './block-text';
export * from './slice-scheduler';
export * from './mutation-batch';
export * from './mention-ledger';
export * from './highlight-batch';
export * from './verdict-words';
export { buildPageTerms, pageTermIndex, type PageTerms, type HighlightKind } from './page-terms';
