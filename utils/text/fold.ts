/**
 * Text folding and tokenising shared by the corpus compiler, the term finder and the quote engine.
 * "Folding" = lower case + diacritics removed + typographic variants unified, so that
 * Erdoğan = Erdogan, Khurelsükh = Khurelsukh, ’ = ', “ = ".
 */

const foldCache = new Map<string, string>();

/** Lower-cases a word and strips its diacritics (Türkiye → turkiye). Cached: page text repeats words a lot. */
export function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = word
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[’‘ʼ`´]/g, "'")
      .replace(/ı/g, 'i')
      .replace(/ß/g, 'ss');
    // Bounded so a hostile page with millions of distinct words cannot grow it forever.
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/** Folds a whole string (used for short strings: aliases, queries). */
export function foldText(text: string): string {
  return text.replace(/[^\s]+/g, (w) => foldWord(w));
}

export interface Token {
  /** Folded form, possessive removed ("Erdoğan’s" → "erdogan"). */
  norm: string;
  /** The folded form before the possessive was removed. */
  raw: string;
  start: number;
  end: number;
}

/**
 * Words are runs of letters and digits; an apostrophe inside a word keeps it together (don't, Putin’s),
 * hyphens and other punctuation split (Russia-China → russia, china; Al-Thani = Al Thani).
 * Digits keep decimal points and thousands separators (5.4, 1,200).
 */
const WORD = /[\p{L}\p{N}]+(?:[.,](?=\p{N})\p{N}+)*(?:['’ʼ][\p{L}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = foldWord(m[0]);
    tokens.push({ norm: stripPossessive(raw), raw, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** "erdogan's" → "erdogan"; "countries'" is handled by the tokenizer (the trailing apostrophe is not part of the word). */
export function stripPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

/** Folded words of a phrase, as the tokenizer would see them in running text. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.raw);
}

/** URL- and id-safe slug: "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan". */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a, 32-bit, as 7 base-36 characters: stable ids without pulling a crypto library into pure code. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}
