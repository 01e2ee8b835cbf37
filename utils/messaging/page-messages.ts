/**
 * Messages of the page area: the content script asks the background to check an article and to describe
 * what it highlighted; the popup and the report page read a tab's results. The background answers from the
 * compiled corpus and the quote engine (page text never leaves the browser).
 */
import type { CitationSource } from '../citation';
import type { HighlightKind } from '../highlight/page-terms';
import type { MentionHits } from '../highlight/mention-finder';
import { ALL_HIGHLIGHT_KINDS } from '../highlight/page-settings';
import { MAX_MENTION_CHARS, MAX_MENTION_TEXTS } from '../highlight/mention-limits';
import type { EntityType } from '../corpus/types';
import type { ArticleBlock, FoundQuote, Mention, QuoteCheck } from '../matching/types';
import { isNothing, isNumber, isObject, isString, shape } from './validate';

export interface PageCheckRequest {
  url: string;
  title: string;
  blocks: ArticleBlock[];
  /** The page had more text than the content script sends (see MAX_CHECK_CHARS). */
  truncated?: boolean;
}

/** One corpus statement as every surface shows it (popover, report, reader links). */
export interface StatementCard {
  id: string;
  text: string;
  kind: 'narration' | 'heading' | 'remark' | 'question' | 'answer';
  speakerId: string | null;
  speaker: string | null;
  speakerRole: string | null;
  documentId: string;
  document: string;
  /** The Kremlin's page for the document, when the transcript names it. */
  kremlinUrl: string | null;
  citation: CitationSource;
}

/** A quote found on the page, checked: the engine's answer plus what the UI needs to show and cite it. */
export interface CheckedQuote extends QuoteCheck {
  /** Position among the page's quotes (stable within one check). */
  index: number;
  ranges: FoundQuote['ranges'];
  source: FoundQuote['source'];
  /** Citation of the matched words, or null when nothing matched. */
  citation: CitationSource | null;
  kremlinUrl: string | null;
}

/** How much a tab's quotes need the reader's attention (the badge colour). */
export type Attention = 'none' | 'amber' | 'red';

export interface TabResults {
  tabId: number | null;
  url: string;
  title: string;
  /** ms since the epoch. */
  checkedAt: number;
  quotes: CheckedQuote[];
  mentions: Mention[];
  attention: Attention;
  /** Quotes found on the page; more than `quotes.length` when the page had more than MAX_QUOTES_PER_CHECK. */
  quotesFound?: number;
  /** The content script left part of the article out (over its size limits): the quotes are those of the first part. */
  truncated?: boolean;
  /** Something went wrong in Verbatim on this page (`page:problem`): the popup says so. */
  problem?: string;
}

/** What the popover shows for a highlighted person, country, organisation, agreement or topic. */
export interface MentionDetails {
  /** `entity:<id>` or `topic:<id>` (the highlight's term id). */
  termId: string;
  name: string;
  type: EntityType | 'topic';
  description: string;
  /** When the entity speaks in the corpus: what they said (first ones), and how many in all. */
  saidBy: StatementCard[];
  saidByTotal: number;
  /** Statements that mention it (first ones), and how many in all. */
  mentionedIn: StatementCard[];
  mentionedInTotal: number;
}

/** "The original in context": the sentences around a statement and, for a press answer, the question. */
export interface StatementContext {
  statement: StatementCard;
  before: StatementCard[];
  after: StatementCard[];
  question: StatementCard[];
}

/** Where earlier versions kept the term table for the content script (removed by the background at start). */
export const LEGACY_PAGE_TERMS_KEY = 'pageTerms';
/**
 * Where the content script finds the stylesheet of its in-page UI (written by the background at start;
 * `page:ui-css` otherwise). Kept out of the content script, so the ~6 KB of CSS is not
 * injected into every page the reader opens: it is read only when Verbatim shows something.
 */
export const PAGE_UI_CSS_KEY = 'pageUiCss';

export type PageMessages = {
  /**
   * Content script → background: find the corpus's terms (of these kinds) in the text of some text nodes, so
   * the page's main thread does not (see utils/highlight/mention-finder.ts).
   */
  'page:mentions': { req: MentionsRequest; res: MentionHits };
  /** Content script → background: the in-page UI's stylesheet, when storage.local does not have it. */
  'page:ui-css': { req: void; res: string };
  /** Content script → background: check the article's blocks; stored as the sender tab's results. */
  'page:check': { req: PageCheckRequest; res: TabResults };
  /** Content script → background: the page is no longer checked (turned off): forget the tab's results. */
  'page:clear': { req: void; res: void };
  /**
   * Content script → background: Verbatim's work on the page failed (the first error of a page load). Kept with
   * the tab's results for the popup, and logged in the background's console: never in the page's.
   */
  'page:problem': { req: { message: string }; res: void };
  /** Popup / report → background: a tab's stored results (null: nothing checked on that tab). */
  'tab:results': { req: { tabId: number }; res: TabResults | null };
  'entity:details': { req: { entityId: string }; res: MentionDetails };
  'topic:details': { req: { topicId: string }; res: MentionDetails };
  'statement:context': { req: { statementId: string }; res: StatementContext };
  /** Checks text the user selected (the context menu, or the popup). */
  'quote:check-selection': { req: { text: string; attributedTo?: string }; res: CheckedQuote };
  /** Opens the article report of the sender's tab (from the in-page popover). */
  'page:open-report': { req: void; res: void };
  /** Opens the reader at a statement (extension pages cannot be linked from web pages). */
  'page:open-reader': { req: { statementId: string }; res: void };
};

const isId = (v: unknown) => isString(v, 200) && (v as string).length > 0;
const isBlock = (v: unknown) =>
  isObject(v) &&
  isString(v.text, MAX_BLOCK_CHARS) &&
  (v.kind === undefined || v.kind === 'paragraph' || v.kind === 'heading' || v.kind === 'blockquote' || v.kind === 'caption') &&
  Object.keys(v).every((k) => k === 'text' || k === 'kind');

/**
 * At most 20,000 blocks and 6 MB of text per check: a 2 MB article of short paragraphs has ~15,000 blocks; more
 * than that is not an article the engine can usefully check, and the cap keeps one page from stalling the
 * background.
 */
export const MAX_BLOCKS = 20_000;
export const MAX_ARTICLE_CHARS = 6_000_000;
/** Characters per block: a 5 MB text node is sent as its first 200,000 characters (~30,000 words). */
export const MAX_BLOCK_CHARS = 200_000;
/**
 * What the content script sends per check: at most 1,000,000 characters (~170,000 words, ten long books'
 * chapters). Sending costs the page's main thread a copy of the text in one task: measured on the 50,000-paragraph
 * hostile page, 2 MB took 25–52 ms in Firefox (under 30 ms in Chromium), too close to a long task; 1 MB stays
 * near half that. Text past the limit is not checked, and the in-page list says so.
 */
export const MAX_CHECK_CHARS = 1_000_000;
/**
 * Quotes checked per page: the first 300 in page order. A real article has tens; a page with 10,000 quotation
 * marks has thousands, which would take the engine ~1 ms each and send the page megabytes of results.
 */
export const MAX_QUOTES_PER_CHECK = 300;

const isBlocks = (v: unknown) => {
  if (!Array.isArray(v) || v.length > MAX_BLOCKS) return false;
  let chars = 0;
  for (const b of v) {
    if (!isBlock(b)) return false;
    chars += (b as ArticleBlock).text.length;
  }
  return chars <= MAX_ARTICLE_CHARS;
};

/** A `page:problem` message is cut to this length by the content script. */
export const MAX_PROBLEM_CHARS = 500;

/**
 * The texts of some text nodes, joined into one string, and where each ends in it. One string rather than a list:
 * copying a list of a thousand strings into a message cost the page 8 ms on the 100 KB bench page, one string of
 * the same text a fraction of that.
 */
export interface MentionsRequest {
  text: string;
  /** Where each text ends in `text`: increasing, the last one `text.length`. */
  ends: number[];
  kinds: HighlightKind[];
}

const isMentionText = (v: unknown) => typeof v === 'string' && v.length <= MAX_MENTION_CHARS;
const isTextEnds = (v: unknown) => {
  if (!Array.isArray(v) || v.length > MAX_MENTION_TEXTS) return false;
  let last = 0;
  for (const end of v) {
    if (!Number.isInteger(end) || (end as number) < last) return false;
    last = end as number;
  }
  return true;
};
const isKinds = (v: unknown) => Array.isArray(v) && v.length <= ALL_HIGHLIGHT_KINDS.length && v.every((k) => ALL_HIGHLIGHT_KINDS.includes(k as HighlightKind));

const isMentionsShape = shape<MentionsRequest>({ text: isMentionText, ends: isTextEnds, kinds: isKinds });

export const pageValidators = {
  'page:mentions': (v: unknown): v is MentionsRequest => isMentionsShape(v) && (v.ends.at(-1) ?? 0) === v.text.length,
  'page:check': shape<PageCheckRequest>({ url: (v) => isString(v, 10_000), title: (v) => isString(v, 10_000), blocks: isBlocks, truncated: (v) => v === undefined || typeof v === 'boolean' }),
  'page:ui-css': isNothing,
  'page:clear': isNothing,
  'page:problem': shape<{ message: string }>({ message: (v) => isString(v, MAX_PROBLEM_CHARS) }),
  'tab:results': shape<{ tabId: number }>({ tabId: (v) => isNumber(v) && Number.isInteger(v) && (v as number) >= 0 }),
  'entity:details': shape<{ entityId: string }>({ entityId: isId }),
  'topic:details': shape<{ topicId: string }>({ topicId: isId }),
  'statement:context': shape<{ statementId: string }>({ statementId: isId }),
  'quote:check-selection': (v: unknown): v is { text: string; attributedTo?: string } =>
    isObject(v) &&
    isString(v.text, 20_000) &&
    v.text.trim().length > 0 &&
    (v.attributedTo === undefined || isString(v.attributedTo, 500)) &&
    Object.keys(v).every((k) => k === 'text' || k === 'attributedTo'),
  'page:open-report': isNothing,
  'page:open-reader': shape<{ statementId: string }>({ statementId: isId }),
} as const;

/** Background → content script: show a check in the page (the context menu's "Check this quote"). */
export interface ShowCheckMessage {
  verbatim: 1;
  type: 'page:show-check';
  payload: { check: CheckedQuote | null; error: string | null; text: string };
}

export function isShowCheckMessage(message: unknown): message is ShowCheckMessage {
  return (
    isObject(message) &&
    message.verbatim === 1 &&
    message.type === 'page:show-check' &&
    isObject(message.payload) &&
    isString(message.payload.text, 20_000) &&
    (message.payload.error === null || isString(message.payload.error, 10_000)) &&
    (message.payload.check === null || isObject(message.payload.check))
  );
}

/**
 * Popup → content script (`tabs.sendMessage`, which needs no `tabs` permission): scroll to quote `index` of the
 * page's last check and open its popover, focus inside (the popup's "This page" list). The content script answers
 * `{ ok }`: false when the page has no such quote (not checked yet, or checked again since).
 */
export interface RevealQuoteMessage {
  verbatim: 1;
  type: 'page:reveal-quote';
  payload: { index: number };
}

export function isRevealQuoteMessage(message: unknown): message is RevealQuoteMessage {
  return (
    isObject(message) &&
    message.verbatim === 1 &&
    message.type === 'page:reveal-quote' &&
    isObject(message.payload) &&
    isNumber(message.payload.index) &&
    Number.isInteger(message.payload.index) &&
    (message.payload.index as number) >= 0
  );
}
