/** Page chrome in article text: shared by the CLI's HTML parser (html-blocks.ts) and the live page's BlockPlanner (pure, no dependencies). */
import type { ArticleBlock } from './types';

const CHROME_TAGS = new Set(['header', 'footer', 'aside']);

/**
 * Which text is page chrome (headers, footers, asides), shared by this parser and the live page's BlockPlanner. The
 * article's own `<header>` (its headline, “‘No more and no less’: Putin's case …”, kicker and byline) is text. A
 * footer or header inside a `<blockquote>` or `<figure>` is the quote's credit (“— Vladimir Putin, meeting the
 * Emir”), not chrome; an `<aside>` inside the article is a box of its own (key quotes, a pull quote, related links):
 * its blocks carry the box's number, and the box is kept when it quotes someone (see `keptAsides`).
 */
export class ChromeTracker {
  /** Each open header, footer or aside: 0 chrome, -1 text (a credit, the article's own header), else the number of the article's box. */
  #open: number[] = [];
  #quote = 0;
  #boxes = 0;
  /** Links open: text inside one is a link's. */
  links = 0;

  open(tag: string, inArticle: boolean): void {
    if (tag === 'a') this.links++;
    if (CHROME_TAGS.has(tag)) this.#open.push(this.#quote || (tag === 'header' && inArticle) ? -1 : tag === 'aside' && inArticle ? ++this.#boxes : 0);
    if (tag === 'blockquote' || tag === 'figure') this.#quote++;
  }

  close(tag: string): void {
    if (tag === 'a' && this.links) this.links--;
    if ((tag === 'blockquote' || tag === 'figure') && this.#quote) this.#quote--;
    if (CHROME_TAGS.has(tag)) this.#open.pop();
  }

  get chrome(): boolean {
    return this.#open.includes(0);
  }

  /** The article box the text is in (0: none). */
  get aside(): number {
    return Math.max(0, ...this.#open);
  }
}

/** The article's boxes that quote someone: a quotation mark or a block quote in one of their blocks. */
export function keptAsides(blocks: ReadonlyArray<{ text: string; kind?: ArticleBlock['kind']; aside: number }>): Set<number> {
  const kept = new Set<number>();
  for (const b of blocks) if (b.aside && (b.kind === 'blockquote' || /[“”„«»"]|(?:^|\s)[‘']\p{L}/u.test(b.text))) kept.add(b.aside);
  return kept;
}

/** What a list of links says around them: "Read more:", "Related coverage", "See also". */
const LINK_LABEL = /^(?:(?:read|see|watch|also|more|related|coverage|stories|news|latest|recommended)(?: |$)){0,3}$/;

/**
 * A paragraph or list item that is only links, with at most a label ("Read more: <a>Aliyev says …</a>"): the
 * headlines of other articles, not this one's text. Its names are nobody's words here and must not be the "he" of
 * the next paragraph; its quotes are those articles' to check.
 */
export function linksOnly(kind: ArticleBlock['kind'], plain: string, links: boolean): boolean {
  return links && kind === 'paragraph' && LINK_LABEL.test(plain.toLowerCase().replace(/[^a-z]+/g, ' ').trim());
}
