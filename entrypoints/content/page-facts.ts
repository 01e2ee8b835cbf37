/** Reads what article detection needs off the page (cheap: a few querySelectorAll, no layout). */
import { jsonLdTypes, type PageFacts } from '@/utils/highlight/article-detection';

/** JSON-LD blocks bigger than this are not parsed (a hostile page could ship megabytes of JSON). */
const MAX_JSON_LD_CHARS = 200_000;

export function readPageFacts(doc: Document): PageFacts {
  const types: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      jsonLdTypes(JSON.parse(text) as unknown, types);
    } catch {
      // Broken JSON-LD is common; it simply says nothing.
    }
  }
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? null;
  let articleTextLength = 0;
  for (const article of Array.from(doc.querySelectorAll('article')).slice(0, 50)) {
    articleTextLength = Math.max(articleTextLength, (article.textContent ?? '').length);
  }
  return { jsonLdTypes: types, ogType: og, articleTextLength };
}
