/**
 * The verdicts in the reader's words, and how much each needs attention. Shared by the popover, the report,
 * the exports and the toolbar badge (pure).
 */
import type { QuoteVerdict } from '../matching/types';
import type { Attention } from '../messaging/page-messages';

export const VERDICT_WORDS: Record<QuoteVerdict, { label: string; summary: string }> = {
  verbatim: { label: 'Verbatim', summary: 'Word for word as in the transcript.' },
  close: { label: 'Close', summary: 'The same words with small differences that do not change the meaning.' },
  translation: { label: 'Other translation', summary: 'Says the same thing in other words, as a different translation would.' },
  altered: { label: 'Altered', summary: 'Words were changed in a way that can change the meaning.' },
  partial: { label: 'Partly found', summary: 'Only part of the quote is in the transcript.' },
  not_found: { label: 'Not found', summary: 'Not in the transcript of the summit.' },
  scare: { label: 'Phrase', summary: 'A short phrase in quotation marks, not checked as a statement.' },
};

/** The fields of a checked quote the attention rule looks at. */
export interface AttentionInput {
  verdict: QuoteVerdict;
  misattributed: boolean;
  attributedSpeakerId: string | null;
}

/**
 * Red: the words were changed or put in the wrong mouth. Amber: only partly found, or credited to a summit
 * speaker but not found in what they said. A `not_found` quote credited to someone outside the corpus is not
 * flagged: the transcript simply does not cover that person.
 */
export function attentionOf(quote: AttentionInput): Attention {
  if (quote.verdict === 'altered' || quote.misattributed) return 'red';
  if (quote.verdict === 'partial') return 'amber';
  if (quote.verdict === 'not_found' && quote.attributedSpeakerId) return 'amber';
  return 'none';
}

export function pageAttention(quotes: readonly AttentionInput[]): Attention {
  let level: Attention = 'none';
  for (const q of quotes) {
    const a = attentionOf(q);
    if (a === 'red') return 'red';
    if (a === 'amber') level = 'amber';
  }
  return level;
}

/** Badge colours: red and amber with white text readable at badge size (contrast ≥ 4.5:1); grey when all is well. */
export const BADGE_COLOURS: Record<Attention, string> = { none: '#4a5560', amber: '#a35a00', red: '#b3261e' };

/** The toolbar badge: number of quotes checked (scare quotes are not checks), empty when none. */
export function badgeFor(quotes: readonly AttentionInput[]): { text: string; colour: string } {
  const checked = quotes.filter((q) => q.verdict !== 'scare').length;
  return { text: checked ? String(Math.min(checked, 999)) : '', colour: BADGE_COLOURS[pageAttention(quotes)] };
}
