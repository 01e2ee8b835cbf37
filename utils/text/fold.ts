/**
 * Text folding and tokenising shared by the corpus compiler, the term finder and the quote engine.
 * "Folding" = lower case + diacritics removed + typographic variants unified, so that
 * Erdoğan = Erdogan, Khurelsükh = Khurelsukh, ’ = ', “ = ".
 */

const foldCache = new Map<string, string>();

/** Lower-cases a word and strips its diacritics (Türkiye → turkiye). Cached: page text repeats words a lot. */
export function foldWord(word: string): string {
  // Fast path, no cache: plain ASCII needs only lower-casing (and ` → '); NFD leaves ASCII as it is.
  let upper = false;
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if ((c >= 65 && c <= 90) || c === 96) upper = true;
  }
  if (ascii) return upper ? word.toLowerCase().replace(/`/g, "'") : word;
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

/** The same pattern, sticky: where the ASCII scan below cannot decide a word alone, it asks this from the word's start. */
const WORD_AT = new RegExp(WORD.source, 'uy');

/** ASCII letters and digits (the only ASCII characters \p{L} and \p{N} cover). */
function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Same tokens as running WORD over the text, but the common case (an ASCII word ended by ASCII punctuation or
 * space) is scanned by hand; anything else (a non-ASCII character, a "." or "," before a digit, an apostrophe
 * before a letter) is left to the regex, from the word's start.
 */
/** At j a capitalised word starts right after a digit ("27Xi"): a word boundary. */
function digitThenName(text: string, j: number): boolean {
  const b = text.charCodeAt(j - 1);
  const c = text.charCodeAt(j);
  const d = text.charCodeAt(j + 1);
  return b >= 48 && b <= 57 && c >= 65 && c <= 90 && d >= 97 && d <= 122;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiAlnum(c)) {
        i++;
        continue;
      }
      const start = i;
      let j = i + 1;
      // (A figure run into a name is two words: a live blog's "10:27Xi also said", its time set in an element of its own.)
      while (j < len && isAsciiAlnum(text.charCodeAt(j)) && !digitThenName(text, j)) j++;
      let plain = true;
      if (j < len) {
        const d = text.charCodeAt(j);
        if (d >= 128) plain = false;
        else if (d === 46 || d === 44 || d === 39) {
          // "." or "," continues a word only before a digit, "'" only before a letter.
          const e = j + 1 < len ? text.charCodeAt(j + 1) : -1;
          if (e >= 128) plain = false;
          else if (d === 39) plain = !((e >= 97 && e <= 122) || (e >= 65 && e <= 90));
          else plain = !(e >= 48 && e <= 57);
        }
      }
      if (plain) {
        const raw = foldWord(text.slice(start, j));
        tokens.push({ norm: stripPossessive(raw), raw, start, end: j });
        i = j;
        continue;
      }
    }
    WORD_AT.lastIndex = i;
    const m = WORD_AT.exec(text);
    if (m === null) {
      // Not a word start: step over the character (both halves of a surrogate pair).
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < len && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const raw = foldWord(m[0]);
    tokens.push({ norm: stripPossessive(raw), raw, start: i, end: i + m[0].length });
    i += m[0].length;
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
