/**
 * Finds mentions of known terms (entity aliases, topic terms) in running text.
 * Word-based: the text is tokenised once and each word is looked up in a map keyed by the first word of
 * every term, so the cost is one map lookup per word whatever the number of aliases (a combined regex over
 * ~600 aliases, as mark.js builds, backtracks at every position).
 *
 * Rules: case- and diacritics-insensitive (Erdoğan = erdogan), whole words only, possessives included
 * (Erdogan’s, Kyiv's), longest term wins, no overlaps. Acronyms (SCO, UN, EU) match only in capitals,
 * so the French "un" or a lower-case "sco" in a URL are not the United Nations or the SCO.
 */
import { tokenize, phraseWords, type Token } from '../text/fold';

export interface TermEntry {
  term: string;
  id: string;
}

interface CompiledTerm {
  words: string[];
  id: string;
  term: string;
  /** The alias is an acronym: the page must write it in capitals. */
  upper: boolean;
}

export interface TermIndex {
  byFirstWord: Map<string, CompiledTerm[]>;
}

export interface TermMatch {
  id: string;
  term: string;
  start: number;
  end: number;
}

const ACRONYM = /^[\p{Lu}\d&-]{2,6}$/u;

export function compileTerms(entries: TermEntry[]): TermIndex {
  const byFirstWord = new Map<string, CompiledTerm[]>();
  const seen = new Set<string>();
  for (const { term, id } of entries) {
    const words = phraseWords(term).map((w) => (w.endsWith("'s") ? w.slice(0, -2) : w));
    const first = words[0];
    if (!first) continue;
    const key = `${id}|${words.join(' ')}`;
    const upper = ACRONYM.test(term.trim());
    const list = byFirstWord.get(first) ?? [];
    if (seen.has(key)) {
      // The same words listed in capitals and in lower case ("NATO", "Nato"): any case matches.
      const existing = list.find((c) => c.id === id && c.words.join(' ') === words.join(' '));
      if (existing && !upper) existing.upper = false;
      continue;
    }
    seen.add(key);
    list.push({ words, id, term, upper });
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

/** Punctuation allowed between the words of one term: spaces, hyphens, and the dot of "U.S.". */
function joins(text: string, a: Token, b: Token): boolean {
  // The usual gap, one space, without slicing a string for it.
  if (b.start === a.end + 1 && text.charCodeAt(a.end) === 32) return true;
  const gap = text.slice(a.end, b.start);
  if (/^[\s\u00a0\-‐–]*$/.test(gap)) return true;
  return gap === '.' && a.end - a.start === 1;
}

export function findTerms(index: TermIndex, text: string, tokens: Token[] = tokenize(text)): TermMatch[] {
  const out: TermMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const candidates = index.byFirstWord.get(tok.norm) ?? (tok.raw === tok.norm ? undefined : index.byFirstWord.get(tok.raw));
    if (!candidates) continue;
    for (const cand of candidates) {
      const n = cand.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k] as Token;
        const w = cand.words[k];
        // Possessives are ignored on every word: "Recep Tayyip Erdogan's", "Turkey's president".
        ok = (t.norm === w || t.raw === w) && (k === 0 || joins(text, tokens[i + k - 1] as Token, t));
        if (ok && cand.upper) {
          const word = text.slice(t.start, t.end).replace(/['’]s$/, '');
          ok = word === word.toUpperCase();
        }
      }
      if (!ok) continue;
      const last = tokens[i + n - 1] as Token;
      out.push({ id: cand.id, term: cand.term, start: tok.start, end: last.end });
      i += n - 1;
      break;
    }
  }
  return out;
}
