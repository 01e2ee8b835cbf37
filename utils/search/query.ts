/**
 * Reading what the user typed: loose words (matched with typo tolerance) and "exact phrases" in double
 * quotes (matched word for word). Pure.
 */
import { tokenize } from '../text/fold';

export interface ParsedQuery {
  /** Folded words outside quotes, in typed order, without repeats. */
  terms: string[];
  /** Folded words of each quoted phrase. A phrase of one word is still exact (no typo tolerance). */
  phrases: string[][];
  /**
   * True when the query ends inside a word (no trailing space or closing quote): its last term is still
   * being typed, so it may match as a prefix ("terr" → "terrorism").
   */
  lastTermOpen: boolean;
}

/** Straight and curly double quotes, and the guillemets some keyboards produce. */
const QUOTE = /["“”«»„]/;

export function parseQuery(input: string): ParsedQuery {
  const terms: string[] = [];
  const phrases: string[][] = [];
  const parts = input.split(QUOTE);
  // Even parts are outside quotes, odd parts inside; an unclosed quote makes the rest a phrase being typed.
  parts.forEach((part, i) => {
    const words = tokenize(part).map((t) => t.norm);
    if (i % 2 === 1) {
      if (words.length) phrases.push(words);
    } else {
      for (const word of words) if (!terms.includes(word)) terms.push(word);
    }
  });
  const quoteCount = parts.length - 1;
  const lastTermOpen = quoteCount % 2 === 0 && /[\p{L}\p{N}]$/u.test(input);
  return { terms, phrases, lastTermOpen };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0;
}
