/**
 * Aligns a quote's words with a stretch of the transcript: global on the quote, local on the transcript
 * (the quote may sit anywhere inside a long answer), in order, like Smith-Waterman over words.
 * A pair scores by how exactly the words agree (same word > same stem > synonym) weighted by how rare the word is;
 * skipping words costs a little, more for content words, nothing at an ellipsis in the quote.
 */
import type { MatchToken } from './tokens';

export type PairKind = 'exact' | 'stem' | 'synonym';
export interface AlignedPair {
  q: number;
  t: number;
  kind: PairKind;
}
export interface Alignment {
  pairs: AlignedPair[];
  score: number;
}

/** Relative value of the ways two words can agree (chosen so a translation's synonyms count, but less than the words themselves). */
const SIM = { exact: 1, stem: 0.9, synonym: 0.7 } as const;
/** Costs of leaving a word unmatched, as a fraction of one stopword/content match; tuned on tests/fixtures/quotes. */
const SKIP_QUOTE = { content: 0.35, stop: 0.1 };
const SKIP_TARGET = { content: 0.3, stop: 0.06 };
/** Transcript words between a quote's last two paired words past which, over a sentence end, the last is a stray. */
const STRAY_GAP = 4;
/** Negation words, the ones such a stray pairing makes a claim of (a word "added" or "dropped"). */
const STRAY_WORDS = new Set(['not', "n't", 'no', 'never']);

export function align(
  quote: MatchToken[],
  weights: Float64Array,
  target: MatchToken[],
  synonyms: (qKey: string, tKey: string) => boolean,
  freeSkipAt: ReadonlySet<number>,
): Alignment {
  const m = quote.length;
  const n = target.length;
  const W = n + 1;
  const H = new Float64Array((m + 1) * W);
  const back = new Uint8Array((m + 1) * W); // 0 start, 1 diag, 2 up (skip quote word), 3 left (skip target word)
  for (let i = 1; i <= m; i++) {
    const q = quote[i - 1] as MatchToken;
    const wq = weights[i - 1] ?? 0;
    const skipQ = q.content ? SKIP_QUOTE.content : SKIP_QUOTE.stop;
    const free = freeSkipAt.has(i - 1) || freeSkipAt.has(i);
    const row = i * W;
    const prev = (i - 1) * W;
    H[row] = (H[prev] ?? 0) - skipQ;
    back[row] = 2;
    for (let j = 1; j <= n; j++) {
      const t = target[j - 1] as MatchToken;
      let best = (H[prev + j] ?? 0) - skipQ;
      let dir = 2;
      // (A negation written short is left out as cheaply as a small word: "I follow" against "I don't particularly follow"
      // keeps its "I", and the "n't" it drops shows.)
      const left = (H[row + j - 1] ?? 0) - (free ? 0 : t.content && t.w !== "n't" ? SKIP_TARGET.content : SKIP_TARGET.stop);
      if (left > best) {
        best = left;
        dir = 3;
      }
      let sim = 0;
      if (q.w === t.w) sim = SIM.exact;
      else if (q.k === t.k) sim = SIM.stem;
      else if (q.content && t.content && synonyms(q.k, t.k)) sim = SIM.synonym;
      if (sim > 0) {
        const diag = (H[prev + j - 1] ?? 0) + sim * wq;
        if (diag >= best) {
          best = diag;
          dir = 1;
        }
      }
      H[row + j] = best;
      back[row + j] = dir;
    }
  }
  // Free end on the target: best cell of the last row.
  let bestJ = 0;
  for (let j = 1; j <= n; j++) if ((H[m * W + j] ?? 0) > (H[m * W + bestJ] ?? 0)) bestJ = j;
  const pairs: AlignedPair[] = [];
  let i = m;
  let j = bestJ;
  while (i > 0) {
    const dir = back[i * W + j];
    if (dir === 1) {
      const q = quote[i - 1] as MatchToken;
      const t = target[j - 1] as MatchToken;
      pairs.push({ q: i - 1, t: j - 1, kind: q.w === t.w ? 'exact' : q.k === t.k ? 'stem' : 'synonym' });
      i--;
      j--;
    } else if (dir === 3) j--;
    else if (dir === 2) i--; // column 0 is always "up": once at the window's start, the rest of the quote is unmatched
    else break;
  }
  pairs.reverse();
  // A quote's last word, a negation, paired past a sentence end and more of the transcript, with no sentence end in the
  // quote there ("…? We didn’t" meeting the "not" of "As for watching or not", two sentences after "We did"), is a word
  // the quote adds, not that one.
  for (let k = pairs.length - 1; k > 0 && k === pairs.length - 1; k--) {
    const last = pairs[k] as AlignedPair;
    const prev = pairs[k - 1] as AlignedPair;
    const crossed = target.slice(prev.t + 1, last.t + 1).some((t) => t.sb);
    if (STRAY_WORDS.has(quote[last.q]?.w ?? '') && last.t - prev.t > STRAY_GAP && crossed && !quote.slice(prev.q + 1, last.q + 1).some((t) => t.sb)) pairs.pop();
  }
  return { pairs, score: H[m * W + bestJ] ?? 0 };
}
