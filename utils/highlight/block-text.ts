/**
 * Article blocks from a live page, the same way `htmlToBlocks` (utils/matching/html-blocks.ts) makes them from
 * HTML in Node, so the extension and the CLI send the engine the same text and get the same verdicts.
 *
 * The content script walks the DOM and reports `open(tag)`, `text(node, value)` and `close(tag)`; this planner
 * groups text into blocks, remembers which text nodes (segments) each block came from, and maps the engine's
 * offsets in a block's collapsed text back to (segment, offset) positions for DOM ranges. Generic in the node
 * type so Node tests can use plain objects.
 */
import type { ArticleBlock } from '../matching/types';
import { ChromeTracker, keptAsides, linksOnly } from '../matching/page-chrome';
import { Q_MARKS } from '../matching/q-marks';

/** Tags that start and end a block (as in htmlToBlocks). */
export const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'td', 'th', 'dd', 'dt', 'pre', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'br', 'tr', 'ul', 'ol', 'figure', 'caption']);
/** Subtrees whose text is never article text (as in htmlToBlocks). */
export const SKIPPED_TAGS = new Set('script style noscript template textarea select option button svg iframe nav form input code'.split(' '));

export interface PlannedBlock<N> extends ArticleBlock {
  /**
   * The text nodes the block is made of, in order, with their raw text at planning time. `text` is the node's
   * whole text, or its first part when the block reached `maxBlockChars` (then `length` is the node's full length).
   * A `<q>` element's marks, which the page draws with CSS and has no text node for, are segments with no node.
   */
  segments: Array<Segment<N>>;
}

export interface Segment<N> {
  node: N | null;
  text: string;
  length?: number;
}


/**
 * Limits on what one check sends to the background. A hostile or enormous page (a 5 MB text node, 50,000
 * paragraphs) must not make the content script copy megabytes per step, nor send the engine more than it can
 * check in a few seconds: text past a limit is left out, and the planner says so (`truncated`).
 */
export interface PlanLimits {
  /** Raw characters kept per block (the message validator accepts 200,000). */
  maxBlockChars: number;
  /** Raw characters kept in all (the first ones in page order). */
  maxTotalChars: number;
  /** Blocks kept. */
  maxBlocks: number;
}

const NO_LIMITS: PlanLimits = { maxBlockChars: Infinity, maxTotalChars: Infinity, maxBlocks: Infinity };

interface Pending<N> {
  segments: Array<Segment<N>>;
  chars: number;
  kind: NonNullable<ArticleBlock['kind']>;
  inArticle: boolean;
  chrome: boolean;
  aside: number;
  /** Text outside links (its start), and whether there is text inside one (see linksOnly). */
  plain: string;
  links: boolean;
}

export class BlockPlanner<N> {
  #all: Array<PlannedBlock<N> & { inArticle: boolean; chrome: boolean; aside: number }> = [];
  #article = 0;
  readonly #chrome = new ChromeTracker();
  #blockquote = 0;
  /** `<q>` elements open. */
  #q = 0;
  #current: Pending<N> = this.#fresh();
  #totalChars = 0;
  /** True when text was left out because of the limits. */
  truncated = false;

  readonly #limits: PlanLimits;

  constructor(limits: PlanLimits = NO_LIMITS) {
    this.#limits = limits;
  }

  #fresh(): Pending<N> {
    return { segments: [], chars: 0, kind: 'paragraph', inArticle: false, chrome: false, aside: 0, plain: '', links: false };
  }

  #flush(): void {
    const raw = this.#current.segments.map((s) => s.text).join('');
    const text = raw.replace(/\s+/g, ' ').trim();
    const kind = this.#blockquote ? 'blockquote' : this.#current.kind;
    if (text && linksOnly(kind, this.#current.plain, this.#current.links)) {
      // Other articles' headlines: not this article's text.
    } else if (text && this.#all.length >= this.#limits.maxBlocks) this.truncated = true;
    else if (text) {
      this.#all.push({
        text,
        kind,
        segments: this.#current.segments,
        inArticle: this.#article > 0,
        chrome: this.#chrome.chrome,
        aside: this.#chrome.aside,
      });
    }
    this.#current = this.#fresh();
  }

  /** An element starts (skipped subtrees are never reported). `itemprop` marks `articleBody`. */
  open(tag: string, itemprop: string | null = null): void {
    if (BLOCK_TAGS.has(tag)) this.#flush();
    if (tag === 'article' || tag === 'main' || itemprop === 'articleBody') this.#article++;
    this.#chrome.open(tag, this.#article > 0);
    if (tag === 'blockquote') this.#blockquote++;
    if (/^h[1-6]$/.test(tag)) this.#current.kind = 'heading';
    if (tag === 'figcaption') this.#current.kind = 'caption';
    if (tag === 'q') this.#mark(Q_MARKS[this.#q++ % 2]![0]);
  }

  #mark(text: string): void {
    if (this.room <= 0) return;
    this.#current.segments.push({ node: null, text });
    this.#current.chars += 1;
    this.#totalChars += 1;
  }

  /**
   * Text of a node. `length`: the node's full length when `value` is only its start (a caller that reads a huge
   * node's first `maxBlockChars` characters only, see `room`).
   */
  text(node: N, value: string, length = value.length): void {
    // (Text outside links is kept only as far as a label could go.)
    if (this.#chrome.links) this.#current.links ||= value.trim() !== '';
    else if (this.#current.plain.length < 64) this.#current.plain += value;
    const room = this.room;
    if (room <= 0 || this.#all.length >= this.#limits.maxBlocks) {
      if (length > 0) this.truncated = true;
      return;
    }
    if (length > room || value.length < length) {
      this.truncated = true;
      this.#current.segments.push({ node, text: value.slice(0, room), length });
      this.#current.chars += room;
      this.#totalChars += room;
      return;
    }
    this.#current.segments.push({ node, text: value });
    this.#current.chars += value.length;
    this.#totalChars += value.length;
  }

  /** Characters the current block can still take. */
  get room(): number {
    return Math.min(this.#limits.maxBlockChars - this.#current.chars, this.#limits.maxTotalChars - this.#totalChars);
  }

  close(tag: string, itemprop: string | null = null): void {
    if (BLOCK_TAGS.has(tag)) this.#flush();
    if (tag === 'article' || tag === 'main' || itemprop === 'articleBody') this.#article = Math.max(0, this.#article - 1);
    this.#chrome.close(tag);
    if (tag === 'blockquote') this.#blockquote = Math.max(0, this.#blockquote - 1);
    if (tag === 'q' && this.#q > 0) this.#mark(Q_MARKS[--this.#q % 2]![1]);
  }

  /** The article's blocks: those inside the article element when it has at least two, else all but page chrome. */
  finish(): Array<PlannedBlock<N>> {
    this.#flush();
    const kept = keptAsides(this.#all);
    const inArticle = this.#all.filter((b) => b.inArticle && !b.chrome && (!b.aside || kept.has(b.aside)));
    const chosen = inArticle.length >= 2 ? inArticle : this.#all.filter((b) => !b.chrome);
    return chosen.map(({ text, kind, segments }) => ({ text, kind, segments }));
  }
}

const SPACE = /\s/;

/**
 * Where the character at `offset` of the collapsed block text (whitespace runs → one space, trimmed) sits in
 * the raw segments. `edge: 'end'` maps an exclusive end offset (the position just after the last character).
 * Returns null when the offset is outside the text (the page changed since the block was planned).
 */
export function locateInSegments(segments: readonly string[], offset: number, edge: 'start' | 'end' = 'start'): { segment: number; offset: number } | null {
  const target = edge === 'end' ? offset - 1 : offset;
  if (target < 0) return null;
  let out = 0;
  let started = false;
  let inSpace = false;
  for (let s = 0; s < segments.length; s++) {
    const text = segments[s] as string;
    for (let i = 0; i < text.length; i++) {
      const space = SPACE.test(text[i] as string);
      if (space) {
        if (!started || inSpace) continue;
        inSpace = true;
      } else {
        started = true;
        inSpace = false;
      }
      if (out === target) return { segment: s, offset: edge === 'end' ? i + 1 : i };
      out++;
    }
  }
  return null;
}

/**
 * A located position moved off a `<q>` mark (a segment with no node) onto text the page has: a start to the next
 * node's beginning, an end to the previous node's end. Null when there is none.
 */
export function onNode<N>(segments: ReadonlyArray<Segment<N>>, at: { segment: number; offset: number }, edge: 'start' | 'end'): { segment: number; offset: number } | null {
  let s = at.segment;
  while (segments[s]?.node === null) s += edge === 'start' ? 1 : -1;
  const seg = segments[s];
  return !seg ? null : s === at.segment ? at : { segment: s, offset: edge === 'start' ? 0 : seg.text.length };
}
