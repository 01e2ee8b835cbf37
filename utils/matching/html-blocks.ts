/**
 * HTML → article blocks without a DOM (the CLI and Node tests; the content script reads the live DOM instead).
 * Uses htmlparser2's streaming parser. Prefers the <article> element (or [itemprop=articleBody], main) when the
 * page has one, skips scripts, styles, forms, navigation and other page chrome.
 */
import { Parser } from 'htmlparser2';
import type { ArticleBlock } from './types';
import { ChromeTracker, keptAsides, linksOnly } from './page-chrome';
import { Q_MARKS } from './q-marks';

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'td', 'th', 'dd', 'dt', 'pre', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'br', 'tr', 'ul', 'ol', 'figure', 'caption']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'button', 'svg', 'iframe', 'nav', 'form', 'input', 'code']);
const VOID = new Set(['br', 'img', 'input', 'meta', 'link', 'hr', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'param', 'track']);

export function htmlToBlocks(html: string): ArticleBlock[] {
  const all: Array<ArticleBlock & { inArticle: boolean; chrome: boolean; aside: number; h1: boolean }> = [];
  const stack: string[] = [];
  let skip = 0;
  let article = 0;
  const chrome = new ChromeTracker();
  let blockquote = 0;
  // <q> elements open: their marks are drawn by CSS, so they are written here (“outer ‘inner’ ”).
  let q = 0;
  let buffer = '';
  // The block's text outside links, and how much is inside them (see linksOnly).
  let plain = '';
  let links = false;
  let kind: ArticleBlock['kind'] = 'paragraph';
  let h1 = false;
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    const k = blockquote ? 'blockquote' : kind;
    if (text && !linksOnly(k, plain, links)) all.push({ text, kind: k, inArticle: article > 0, chrome: chrome.chrome, aside: chrome.aside, h1 });
    buffer = '';
    plain = '';
    links = false;
    kind = 'paragraph';
    h1 = false;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (!VOID.has(name)) stack.push(name);
        if (SKIP.has(name) && !VOID.has(name)) skip++;
        if (skip) return;
        if (BLOCK.has(name)) flush();
        if (name === 'article' || attrs.itemprop === 'articleBody' || name === 'main') article++;
        chrome.open(name, article > 0);
        if (name === 'blockquote') blockquote++;
        if (/^h[1-6]$/.test(name)) kind = 'heading';
        if (name === 'h1') h1 = true;
        if (name === 'figcaption') kind = 'caption';
        if (name === 'q') buffer += Q_MARKS[q++ % 2]![0];
      },
      ontext(text) {
        if (skip) return;
        buffer += text;
        if (chrome.links) links ||= text.trim() !== '';
        else plain += text;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // Pop up to the matching tag (tolerates unclosed <p>).
        const at = stack.lastIndexOf(name);
        if (at < 0) return;
        const closing = stack.splice(at);
        for (const tag of closing.reverse()) {
          if (SKIP.has(tag)) {
            skip = Math.max(0, skip - 1);
            continue;
          }
          if (skip) continue;
          if (BLOCK.has(tag)) flush();
          if (tag === 'article' || tag === 'main') article = Math.max(0, article - 1);
          chrome.close(tag);
          if (tag === 'blockquote') blockquote = Math.max(0, blockquote - 1);
          if (tag === 'q' && q > 0) buffer += Q_MARKS[--q % 2]![1];
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const kept = keptAsides(all);
  const inArticle = all.filter((b) => b.inArticle && !b.chrome && (!b.aside || kept.has(b.aside)));
  // The article body when the page marks one, plus its headline (often outside <article>, in the page header).
  const headline = all.find((b) => b.h1 && !b.inArticle);
  const chosen = inArticle.length >= 2 ? [...(headline && !inArticle.some((b) => b.text === headline.text) ? [headline] : []), ...inArticle] : all.filter((b) => !b.chrome);
  return chosen.map(({ text, kind: k }) => ({ text, kind: k }));
}
