/**
 * Words the transcript runs together: "Wemettwo years ago" (the Kremlin's page shows "We met two"; the spaces were
 * lost when its markup became text), "Shanghai Cooperation Organisationuntil 2035". The quote engine reads them as
 * the words they are, so "We met three years ago" is seen to change a figure and "We met two years ago" is verbatim;
 * the transcript's text itself, what the reader is shown and statement ids are made from, is left as published.
 *
 * A word is run together when an English dictionary does not know it and it splits, fewest pieces first, into two to
 * four words the dictionary knows and the transcript itself uses at least three times each, and it is rare (once or
 * twice): "although" is a word (it is not split into "al" and "though"), "Putin", which the dictionary lacks, is
 * a word of the transcript and not "put in", and a name ("Mirziyoyev") is not made of the transcript's common words. Pure: the dictionary is the caller's (the build reads the `word-list` package).
 */
import { tokenize } from '../text/fold';

/** Times a piece must occur in the transcript as a word of its own. */
const PIECE_MIN_COUNT = 3;
/** Times a run-together word may occur: more is a word of the text the dictionary lacks ("Putin" is not "put in"). */
const MAX_COUNT = 2;
const MAX_PIECES = 4;
const MIN_PIECE_LENGTH = 2;

/** Folded run-together word → its words, in order. */
export type RunTogether = Record<string, string[]>;

export function findRunTogether(texts: readonly string[], dictionary: ReadonlySet<string>): RunTogether {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const t of tokenize(text)) if (/^[a-z]+$/.test(t.norm)) counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
  }
  const piece = (w: string) => w.length >= MIN_PIECE_LENGTH && dictionary.has(w) && (counts.get(w) ?? 0) >= PIECE_MIN_COUNT;
  const out: RunTogether = {};
  for (const word of [...counts.keys()].sort()) {
    if (dictionary.has(word) || (counts.get(word) ?? 0) > MAX_COUNT || word.length < 2 * MIN_PIECE_LENGTH) continue;
    const pieces = split(word, piece);
    if (pieces && pieces.length >= 2 && pieces.length <= MAX_PIECES) out[word] = pieces;
  }
  return out;
}

/** The fewest pieces `word` splits into, each one `piece` accepts; null when there is no such split. */
function split(word: string, piece: (w: string) => boolean): string[] | null {
  // best[i]: the fewest pieces for word.slice(i), or null.
  const best: Array<string[] | null> = new Array<string[] | null>(word.length + 1).fill(null);
  best[word.length] = [];
  for (let i = word.length - 1; i >= 0; i--) {
    for (let j = i + MIN_PIECE_LENGTH; j <= word.length; j++) {
      const rest = best[j];
      if (!rest || (i === 0 && j === word.length)) continue;
      const p = word.slice(i, j);
      if (!piece(p)) continue;
      const found = best[i];
      if (!found || found.length > rest.length + 1) best[i] = [p, ...rest];
    }
  }
  return best[0] ?? null;
}
