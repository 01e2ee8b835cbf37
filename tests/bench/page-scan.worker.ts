/**
 * Stands in for Verbatim's background in the benchmark: the same MentionFinder over the same term table,
 * answering `page:mentions`-shaped requests on its own thread, as the extension's background (a service worker
 * in Chrome, a background page in Firefox) does. Bundled by highlight.ts and started from a Blob by
 * page-scan.entry.ts before the timed scan, like a background that is already running.
 */
import pageTermsJson from '../../generated/page-terms.json';
import type { PageTerms, HighlightKind } from '../../utils/highlight/page-terms';
import { MentionFinder, splitTexts } from '../../utils/highlight/mention-finder';

const finder = new MentionFinder(pageTermsJson as unknown as PageTerms);

self.onmessage = (e: MessageEvent<{ id: number; text: string; ends: number[]; kinds: HighlightKind[] }>) => {
  const { id, text, ends, kinds } = e.data;
  const t0 = performance.now();
  const answer = finder.find(splitTexts(text, ends), kinds);
  self.postMessage({ id, answer, ms: performance.now() - t0 });
};
