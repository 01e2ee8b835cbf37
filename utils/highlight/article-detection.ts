/**
 * Is this page a news article? Decided from facts the content script reads off the page (cheap: no layout,
 * one pass over a few elements), so the rule itself is pure and unit-tested.
 */

export interface PageFacts {
  /** Every `@type` found in the page's JSON-LD blocks (arrays and `@graph` flattened). */
  jsonLdTypes: string[];
  /** The `og:type` meta property, or null. */
  ogType: string | null;
  /** Characters of text in the largest `<article>` element (0 when there is none). */
  articleTextLength: number;
}

export type ArticleReason = 'json-ld' | 'og:type' | 'article-element' | null;

/**
 * schema.org types that are articles, lower case: Article, NewsArticle and its subtypes (Reportage, Analysis, Opinion,
 * Background, Review, AskPublic), ScholarlyArticle, BlogPosting, LiveBlogPosting, Report.
 */
// (Written as one pattern: the content script's size is budgeted, README "Size".)
const ARTICLE_TYPES = /^(?:(?:(?:reportage|analysis|opinion|background|review|askpublic)?news|scholarly)?article|(?:live)?blogposting|report)$/;

/**
 * An `<article>` needs this many characters to count: about two short paragraphs. Chosen so that a card
 * grid of teaser `<article>`s (a headline and a line each, ~150–300 characters) does not qualify while the
 * shortest fixture news story (~1,400 characters) does.
 */
export const MIN_ARTICLE_TEXT = 600;

export function detectArticle(facts: PageFacts): ArticleReason {
  if (facts.jsonLdTypes.some((t) => ARTICLE_TYPES.test(t.replace(/^https?:\/\/schema\.org\//i, '').toLowerCase()))) return 'json-ld';
  if (facts.ogType?.trim().toLowerCase() === 'article') return 'og:type';
  if (facts.articleTextLength >= MIN_ARTICLE_TEXT) return 'article-element';
  return null;
}

/** The `@type`s in one JSON-LD block's parsed value (objects, arrays, `@graph`), bounded against hostile input. */
export function jsonLdTypes(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 6 || out.length > 100 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 100)) jsonLdTypes(item, out, depth + 1);
    return out;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type === 'string') out.push(type);
  else if (Array.isArray(type)) for (const t of type) if (typeof t === 'string') out.push(t);
  if (record['@graph'] !== undefined) jsonLdTypes(record['@graph'], out, depth + 1);
  if (record.mainEntity !== undefined) jsonLdTypes(record.mainEntity, out, depth + 1);
  return out;
}
