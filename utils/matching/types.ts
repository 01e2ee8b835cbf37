/** Public types of the quote engine (utils/matching). */

/** How the quote relates to the transcript. */
export type Verdict = 'verbatim' | 'close' | 'altered' | 'translation' | 'partial' | 'not_found';
/** `scare`: a short scare quote ("so-called 'bet'") — reported, not checked as a statement. */
export type QuoteVerdict = Verdict | 'scare';

/** A block of article text (paragraph, heading, list item, block quote) as the page or the HTML parser sees it. */
export interface ArticleBlock {
  text: string;
  kind?: 'paragraph' | 'heading' | 'blockquote' | 'caption';
}

/** Who an article credits for a quote. */
export interface Attribution {
  /** As written ("the Kremlin chief", "Erdogan", "Dmitry Peskov"). */
  name: string;
  /** The corpus speaker this resolves to, or null (someone outside the corpus, or an organisation). */
  speakerId: string | null;
  /** "the Kremlin", a ministry, an outlet: words credited to an institution rather than a person. */
  institution: boolean;
  /**
   * The article credits the words explicitly (a speech verb or an introducing colon next to the name).
   * Only a confident attribution can make a quote "misattributed": a name merely nearby proves nothing.
   */
  confident: boolean;
}

/** A quotation found in an article. */
export interface FoundQuote {
  /** The quoted words; fragments of a quote broken by an attribution are joined with a space. */
  text: string;
  /** The pieces that must appear in order (split at ellipses and at attribution breaks). */
  fragments: string[];
  /** Where each piece sits: block index and [start, end) offsets of the quoted text (marks excluded). */
  ranges: Array<{ block: number; start: number; end: number }>;
  attribution: Attribution | null;
  /** The article sentence(s) around the quote, for checking short fragments. */
  context: string;
  /** The sentence before the quote's in its block, if any: it may say where the words were said. */
  sentenceBefore?: string;
  /** From a <blockquote> without marks, or a heading. */
  source: 'marks' | 'blockquote' | 'heading';
  /** Short scare quote: not checked as a statement. */
  scare: boolean;
  /** The words of each range, for a quote broken by an attribution ("“…,” he said, “…”"): checked as one, shown as each. */
  pieces?: string[];
}

export type ChangeKind = 'number' | 'negation' | 'opposite' | 'modal' | 'pronoun' | 'qualifier' | 'name' | 'word' | 'order' | 'filler' | 'inflection' | 'spelling';

export interface DiffPart {
  /** equal: in both; removed: in the original, not the quote; added: in the quote, not the original. */
  op: 'equal' | 'removed' | 'added';
  text: string;
  /** For changes: what kind of change, and whether it can change the meaning. */
  change?: ChangeKind;
  significant?: boolean;
}

export interface QuoteMatch {
  statementIds: string[];
  speakerId: string | null;
  speaker: string;
  /** Role or outlet, for display. */
  speakerRole: string | null;
  documentId: string;
  document: string;
  /** The matched words of the transcript. */
  original: string;
  /** Span of `original` within the first statement's text ([start, end) offsets); spans may continue into later statements. */
  span: [number, number];
  /** The statement was a journalist's question. */
  isQuestion: boolean;
}

export interface QuoteCheck {
  text: string;
  attributedTo: string | null;
  attributedSpeakerId: string | null;
  verdict: QuoteVerdict;
  misattributed: boolean;
  /** Why it is misattributed, in words ("These are the journalist's words (Anton Vernitsky, Channel One), not Vladimir Putin's."). */
  misattribution: string | null;
  /** 0..1: how strongly the quote is tied to the match (1 = verbatim). */
  score: number;
  match: QuoteMatch | null;
  diff: DiffPart[];
  /** Meaning-bearing changes in words ("number: 6.3 → 6.7"). */
  changes: string[];
  /** One-line explanation of the verdict for the user. */
  explanation: string;
  /** The measurements behind the verdict (shown as "why" in the report; used to calibrate thresholds). */
  evidence: {
    /** Share of the quote's rarity-weighted content words found in the original, in order (synonyms count 0.8). */
    coverage: number;
    /** Share of the quote's words that are the original's words exactly. */
    exactShare: number;
    /** Content words of the quote found in the original. */
    matchedContent: number;
    /** Content words of the original's matched stretch left unmatched. */
    unmatchedOriginal: number;
  };
}

export interface Mention {
  entityId: string;
  name: string;
  count: number;
}

export interface ArticleCheck {
  quotes: Array<QuoteCheck & { ranges: FoundQuote['ranges']; source: FoundQuote['source'] }>;
  mentions: Mention[];
  /** Quotes found in the article (more than `quotes` when a limit was given). */
  quotesFound?: number;
}
