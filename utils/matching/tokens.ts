/** Word tokens as the quote engine compares them. */
import { tokenize } from '../text/fold';
import { FILLERS, FRACTIONS, FRACTION_NOT_AFTER, ONE_AS_PRONOUN_AFTER, isStopword, multiplierValue, numberValue, splitContraction, wordKey } from './words';

export interface MatchToken {
  /** Folded word, possessive removed, contractions split ("don't" → "do", "n't"). */
  w: string;
  /** Spelling- and inflection-insensitive key (Porter stem of the American spelling; "n't" has the key of "not"). */
  k: string;
  content: boolean;
  num: number | null;
  /** Offsets of the source word in the text it came from. */
  start: number;
  end: number;
  /** Starts with a capital in the source (a name, unless sentence-initial). */
  cap: boolean;
  /** The word as written (empty for the second half of a split contraction). */
  s: string;
  /** First word of a sentence: the text's first word, or one after ".", "!" or "?". */
  sb: boolean;
  /** Inside square brackets: the editor's words standing in for the speaker's ("[We have decided] to upgrade…"). */
  ed?: boolean;
  /** A figure written in words ("seventy-seven", "four and a half"): the same number, not the same words. */
  spelled?: boolean;
  /** The currency of an amount ("US$55 billion", "55 billion euros", "€3bn"), on its figure: "usd", "eur"… */
  cur?: string;
}

/** Prefixes written with or without a hyphen ("co-operation" / "cooperation", "multi-polar" / "multipolar"). */
const JOINED_PREFIXES = new Set(['co', 're', 'pre', 'multi']);
/** Suffixes written with or without a hyphen ("business-like" / "businesslike", "world-wide" / "worldwide"). */
const JOINED_SUFFIXES = new Set(['like', 'wide']);

/** The text's words, a hyphenated prefix or suffix joined to its word ("co-operation" is one word, "cooperation"; "business-like", "businesslike"). */
function words(text: string): Array<{ norm: string; start: number; end: number }> {
  const out: Array<{ norm: string; start: number; end: number }> = [];
  for (const t of tokenize(text)) {
    const prev = out[out.length - 1];
    const hyphenated = prev !== undefined && t.start === prev.end + 1 && text[prev.end] === '-';
    if (prev && hyphenated && ((JOINED_PREFIXES.has(prev.norm) && /^[a-z]/.test(t.norm)) || (JOINED_SUFFIXES.has(t.norm) && /^[a-z]{3,}$/.test(prev.norm)))) {
      out[out.length - 1] = { norm: prev.norm + t.norm, start: prev.start, end: t.end };
    } else out.push({ norm: t.norm, start: t.start, end: t.end });
  }
  return out;
}

/** Short multipliers as the press writes them, and their words. */
const MULTIPLIER_WORD: Record<string, string> = { bn: 'billion', bln: 'billion', mn: 'million', mln: 'million', m: 'million', tn: 'trillion', trn: 'trillion', k: 'thousand' };

const GLUED_MULTIPLIER = /^(\d+(?:[.,]\d+)?)(bn|bln|mn|mln|m|tn|trn|k)$/;
const LONE_MULTIPLIER = /^(?:bn|bln|mn|mln|tn|trn)$/;
/** A figure in groups of three set off by spaces ("1 200"), and the space between groups. */
const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})*$/;
const GROUP_SPACE = /^[ \u00a0\u202f]$/;

/** Ordinals of one to nine ("fifth" in "seventy-fifth"). */
const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

/** Tens written in words ("seventy" in "seventy-seven"). */
const CARDINAL_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;
/** Currency signs before a figure, and currency words after it (past a multiplier): a figure's currency. */
const CURRENCY_SIGN = /(?:US\$|\$|USD\s?|€|EUR\s?|£|GBP\s?|¥|₽|RUB\s?)$/;
const signCurrency = (sign: string) => (/\$|USD/.test(sign) ? 'usd' : /€|EUR/.test(sign) ? 'eur' : /£|GBP/.test(sign) ? 'gbp' : /¥/.test(sign) ? 'cny' : 'rub');
const CURRENCY_WORD: Record<string, string> = { dollar: 'usd', dollars: 'usd', euro: 'eur', euros: 'eur', ruble: 'rub', rubles: 'rub', rouble: 'rub', roubles: 'rub', yuan: 'cny', renminbi: 'cny', pound: 'gbp', pounds: 'gbp', sterling: 'gbp', lira: 'try', liras: 'try', manat: 'azn', rupee: 'rupee', rupees: 'rupee', tenge: 'kzt', riyal: 'riyal', riyals: 'riyal', rial: 'rial', rials: 'rial' };
/** A currency's name ("dollars", "euros"): the currency of an amount, kept on its figure (`cur`). */
export const isCurrencyWord = (word: string): boolean => Object.hasOwn(CURRENCY_WORD, word);
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** One token for a figure written over `a`…`b`. */
function figure(a: MatchToken, b: MatchToken, value: number): MatchToken {
  const w = String(value);
  const s = a === b ? b.s : `${a.s} ${b.s}`;
  return { ...a, w, k: wordKey(w), num: value, end: b.end, s, content: true, spelled: /[a-z]/i.test(s) };
}

/** Words the transcript runs together ("wemettwo" → we, met, two), as the corpus lists them: see `readRunTogether`. */
let runTogether = new Map<string, readonly string[]>();

/**
 * Reads the corpus's run-together words (utils/corpus/run-together.ts) as their words from now on, in the transcript
 * and in any quote copied from it. The engine calls it with its corpus; there is one corpus, so one list.
 */
export function readRunTogether(words: Readonly<Record<string, string[]>>): void {
  runTogether = new Map(Object.entries(words));
}

export function matchTokens(text: string): MatchToken[] {
  const out: MatchToken[] = [];
  let prevEnd = 0;
  for (const t of words(text)) {
    const cap = /^\p{Lu}/u.test(text[t.start] ?? '');
    const sb = prevEnd === 0 || /[.!?]/.test(text.slice(prevEnd, t.start));
    const glued = prevEnd > 0 && prevEnd === t.start;
    prevEnd = t.end;
    // Figures with a short multiplier ("$100bn", "6.3mn", "€3bn", "100 bln"): the number and the multiplier's word, so
    // "$100bn" meets "US$100 billion". ("6.3m" comes as "6.3" and a glued "m": millions too, as "5m" is.)
    const lone = LONE_MULTIPLIER.test(t.norm) || (glued && /^(?:m|k)$/.test(t.norm));
    const short = GLUED_MULTIPLIER.exec(t.norm) ?? (/^\d/.test(out[out.length - 1]?.w ?? '') && lone ? [t.norm, '', t.norm] : null);
    const joined = short ? undefined : runTogether.get(t.norm);
    const parts = short ? [short[1]!, MULTIPLIER_WORD[short[2]!]!].filter(Boolean) : (joined ?? splitContraction(t.norm));
    // (A run-together word's pieces each have their own offsets and spelling, "We", "met", "two", when the word is
    // written as folded, letter for letter.)
    const pieceAt = joined && t.end - t.start === joined.join('').length ? joined.map((_, i) => t.start + joined.slice(0, i).join('').length) : null;
    parts.forEach((w, i) => {
      if (!w) return;
      if (pieceAt) {
        const start = pieceAt[i] as number;
        const end = start + w.length;
        out.push({ w, k: wordKey(w), content: !isStopword(w) && !FILLERS.has(w), num: numberValue(w), start, end, cap: /^\p{Lu}/u.test(text[start] ?? ''), s: text.slice(start, end), sb: sb && i === 0 });
        return;
      }
      const s = i === 0 ? text.slice(t.start, t.end) : '';
      // "no one", "the one who": a pronoun, not the number 1.
      const prev = out[out.length - 1]?.w ?? '';
      const num = (w === 'one' && ONE_AS_PRONOUN_AFTER.has(prev)) || (FRACTIONS.has(w) && FRACTION_NOT_AFTER.has(prev)) ? null : numberValue(w);
      // "US", the country, is not "us", the pronoun ("All of this was done by the US" is not "None of this was done by
      // us"): a word of its own, a content word as a country's name is, of America's family. (Not the "US" of "US$55" or
      // "US dollars": the currency's.)
      if (s === 'US' && text[t.end] !== '$' && !/^\s+dollars?\b/i.test(text.slice(t.end))) {
        out.push({ w: 'usa', k: wordKey('usa'), content: true, num: null, start: t.start, end: t.end, cap, s, sb: sb && i === 0 });
        return;
      }
      // ("n't" is "not" written short: the same key, and a content word as "not" is.)
      out.push({ w, k: wordKey(w === "n't" ? 'not' : w), content: !isStopword(w) && !FILLERS.has(w), num, start: t.start, end: t.end, cap, s, sb: sb && i === 0 });
    });
  }
  // "R&D" is "research and development", as the press writes it out: the same three words (the first carries the
  // abbreviation's offsets, the others none, like a contraction's second half).
  for (let i = out.length - 2; i >= 0; i--) {
    const r = out[i] as MatchToken;
    const d = out[i + 1] as MatchToken;
    if (r.w === 'r' && d.w === 'd' && text.slice(r.end, d.start) === '&') {
      // (One content word, as the abbreviation is one: it counts once towards how much of a quote is found.)
      const word = (w: string, first: boolean): MatchToken => ({ ...r, w, k: wordKey(w), content: first, num: null, end: d.end, s: first ? text.slice(r.start, d.end) : '', sb: first && r.sb });
      out.splice(i, 2, word('research', true), word('and', false), word('development', false));
    }
  }
  // Words in square brackets are the editor's ("[Belarus]", "[We have decided]"): the whole word inside them.
  if (text.includes('[')) {
    for (const m of text.matchAll(/\[([^[\]]*)\]/g)) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      for (const t of out) if (t.start > from && t.end < to) t.ed = true;
    }
  }
  // Thousands set off by a space ("260 000", "1 200 000", the French and Russian style): one figure.
  for (let i = 1; i < out.length; i++) {
    const t = out[i] as MatchToken;
    const n = out[i - 1] as MatchToken;
    if (/^\d{3}$/.test(t.s) && GROUPED.test(n.s) && GROUP_SPACE.test(text.slice(n.end, t.start))) {
      out.splice(i - 1, 2, figure(n, t, Number(`${n.s}${t.s}`.replace(/[ \u00a0\u202f]/g, ''))));
      i--;
    }
  }
  // "a billion and a half" is 1.5 billion: the half goes to the figure before the multiplier.
  for (let i = out.length - 1; i >= 4; i--) {
    const t = out[i] as MatchToken;
    const m = out[i - 3] as MatchToken;
    const n = out[i - 4] as MatchToken;
    // ("a billion": one billion.)
    const value = n.num ?? (n.w === 'a' ? 1 : null);
    if (t.w === 'half' && out[i - 1]?.w === 'a' && out[i - 2]?.w === 'and' && multiplierValue(m.w) !== null && value !== null && !FRACTIONS.has(n.w)) {
      out[i - 4] = { ...n, w: String(value + 0.5), k: wordKey(String(value + 0.5)), num: value + 0.5, spelled: true };
      out.splice(i - 2, 3);
      i -= 3;
    }
  }
  // "one and a half" is 1.5, one figure ("four and a half percent" is "4.5 percent").
  for (let i = out.length - 1; i >= 3; i--) {
    const t = out[i] as MatchToken;
    const n = out[i - 3] as MatchToken;
    if (t.w === 'half' && out[i - 1]?.w === 'a' && out[i - 2]?.w === 'and' && n.num !== null && !FRACTIONS.has(n.w)) {
      out.splice(i - 3, 4, figure(n, t, n.num + 0.5));
      i -= 3;
    }
  }
  // Numbers written in words as one figure: "seventy-seven" is 77, "four point two" is 4.2; and a year range's short
  // end is a year ("2024-25" is 2024 to 2025). Each becomes one token written in figures, as the transcript writes it.
  // ("seventy-fifth" is the 75th: a tens word and an ordinal.)
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i] as MatchToken;
    const b = out[i + 1] as MatchToken;
    const unit = ORDINAL_UNITS.indexOf(b.w) + 1;
    if (a.num !== null && TENS.has(a.w) && unit > 0 && /^[\s-]$/.test(text.slice(a.end, b.start))) out.splice(i, 2, { ...figure(a, b, a.num + unit), w: `${a.num + unit}th`, k: wordKey(`${a.num + unit}th`) });
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i] as MatchToken;
    const b = out[i + 1] as MatchToken;
    if (a.num === null || b.num === null) continue;
    const joined = text.slice(a.end, b.start);
    const tens = TENS.has(a.w) && b.num >= 1 && b.num <= 9 && /^[\s-]$/.test(joined) && /^[a-z]+$/.test(b.w);
    const year = /^(?:19|20)\d\d$/.test(a.w) && /^\d\d$/.test(b.w) && /^\s?[-–/]\s?$/.test(joined) && b.num > a.num % 100;
    if (tens) out.splice(i, 2, figure(a, b, a.num + b.num));
    else if (year) out[i + 1] = { ...b, ...figure(b, b, a.num - (a.num % 100) + b.num), start: b.start };
  }
  for (let i = out.length - 3; i >= 0; i--) {
    const a = out[i] as MatchToken;
    const p = out[i + 1] as MatchToken;
    const b = out[i + 2] as MatchToken;
    if (a.num !== null && p.w === 'point' && b.num !== null && b.num >= 0 && b.num <= 9 && /^[a-z]+$/.test(a.w + b.w)) out.splice(i, 3, figure(a, b, Number(`${a.num}.${b.num}`)));
  }
  // "one hundred and fifty" is 150, one figure.
  for (let i = out.length - 4; i >= 0; i--) {
    const [a, h, and, b] = [out[i], out[i + 1], out[i + 2], out[i + 3]] as MatchToken[];
    if (a!.num !== null && a!.num >= 1 && a!.num <= 9 && /^[a-z]+$/.test(a!.w) && h!.w === 'hundred' && and!.w === 'and' && b!.num !== null && b!.num >= 1 && b!.num <= 99 && !FRACTIONS.has(b!.w) && /[a-z]/.test(b!.s)) out.splice(i, 4, { ...figure(a!, b!, a!.num * 100 + b!.num), s: text.slice(a!.start, b!.end) });
  }
  // "150 thousand" is 150,000, one figure, as the transcript writes it (millions and billions stay words on both sides);
  // so is "one hundred and fifty thousand".
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i] as MatchToken;
    const b = out[i + 1] as MatchToken;
    if (a.num !== null && (!a.spelled || a.num >= 100) && /^\d/.test(a.w) && b.w === 'thousand') out.splice(i, 2, figure(a, b, a.num * 1000));
    // ("three hundred" is 300, as the transcript writes it.)
    else if (a.num !== null && a.num >= 1 && a.num <= 9 && /^[a-z]+$/.test(a.w) && b.w === 'hundred' && !/^(?:and|of)$/.test(out[i + 2]?.w ?? '')) out.splice(i, 2, figure(a, b, a.num * 100));
  }
  // A number in words is found and aligned as its figure ("four billion dollars" meets "US$4 billion"): the same key,
  // not the same word ("one" only before a multiplier: elsewhere it is most often a pronoun or "one of").
  out.forEach((t, i) => {
    if (t.num !== null && CARDINAL_WORD.test(t.w) && (t.w !== 'one' || multiplierValue(out[i + 1]?.w ?? '') !== null)) t.k = wordKey(String(t.num));
  });
  // "a million" is one million ("one million pupils" for "a million students" changes no figure).
  out.forEach((t, i) => {
    if (t.w === 'a' && multiplierValue(out[i + 1]?.w ?? '') !== null) t.num = 1;
  });
  // "one quarter" is "a quarter": the fraction is the figure, and "one" its article, written as a number ("one quarter of
  // world GDP" changes no figure of "a quarter of the global GDP").
  out.forEach((t, i) => {
    const next = out[i + 1];
    if (t.w === 'one' && t.num === 1 && next && next.num !== null && FRACTIONS.has(next.w)) Object.assign(t, { num: null, k: wordKey('a'), content: false, spelled: true });
  });
  // "per cent" is one word, "percent".
  for (let i = out.length - 2; i >= 0; i--) {
    const per = out[i] as MatchToken;
    const cent = out[i + 1] as MatchToken;
    if (per.w === 'per' && cent.w === 'cent') out.splice(i, 2, { ...cent, w: 'percent', k: wordKey('percent'), start: per.start, s: `${per.s} ${cent.s}`, sb: per.sb });
  }
  // An amount's currency, on its figure: a sign before it ("US$55", "€3bn") or a word after it, past a multiplier
  // ("55 billion euros").
  out.forEach((t, i) => {
    if (t.num === null || !t.s) return;
    const sign = CURRENCY_SIGN.exec(text.slice(Math.max(0, t.start - 4), t.start));
    const next = out[i + 1];
    const after = next && multiplierValue(next.w) !== null ? out[i + 2] : next;
    const cur = sign ? signCurrency(sign[0]) : after ? CURRENCY_WORD[after.w] : undefined;
    if (cur) t.cur = cur;
  });
  // A percentage is a share: "25 percent", "25 per cent" and "25%" are 0.25, as "a quarter" is.
  // So is each number of a list before it: "5.4 or 5.3 percent", "between 2 and 3 percent".
  // (Once each: "5.4% or 5.3%" has its sign on both, and the list rule must not divide the first again.)
  const shares = new Set<MatchToken>();
  out.forEach((t, i) => {
    if (t.num === null || FRACTIONS.has(t.w)) return;
    const next = out[i + 1];
    if (!(next?.w === 'percent' || (next?.w === 'per' && out[i + 2]?.w === 'cent') || /^\s?%/.test(text.slice(t.end, t.end + 2)))) return;
    for (let j = i; j >= 0; j -= 2) {
      const n = out[j] as MatchToken;
      if (n.num === null || FRACTIONS.has(n.w) || shares.has(n)) break;
      shares.add(n);
      n.num = Math.round(n.num * 100) / 10_000;
      n.k = shareKey(n.num);
      if (!/^(or|and|to)$/.test(out[j - 1]?.w ?? '')) break;
    }
  });
  // A share in words is found and aligned as the same share in figures ("by a quarter" meets "by 25 percent").
  for (const t of out) if (t.num !== null && FRACTIONS.has(t.w)) t.k = shareKey(t.num);
  return out;
}

/** One key for a share however written: "a quarter", "25 percent", "25%" (a third is 0.33 either way). */
const shareKey = (share: number) => `share:${Math.round(share * 10_000)}`;
