/**
 * Finds the corpus's terms in texts a content script sent: the background's half of highlighting (pure).
 *
 * Why in the background: finding terms in 100 KB of page text costs the page 30–40 ms of main-thread time in
 * a content script (its code runs cold on every page), the largest share of a first scan; the background
 * runs the same code warm, on its own thread, while the page stays responsive. The content script walks the
 * DOM, sends the text of its text nodes in chunks, and turns the answer into ranges.
 *
 * The answer is compact: the distinct term ids once (with their names and kinds, so the content script needs no
 * term table of its own), and each hit as four numbers (text index, start, end, id index), so a chunk with
 * thousands of mentions costs little to send back.
 */
import { findTerms, type TermIndex } from '../matching/term-finder';
import { pageTermIndex, type HighlightKind, type PageTerms } from './page-terms';
import { ALL_HIGHLIGHT_KINDS } from './page-settings';

export interface MentionHits {
  /** Term ids (`entity:<id>`, `topic:<id>`) the hits refer to. */
  ids: string[];
  /** For each id: the name shown to the reader, and its kind (the highlight it goes in). */
  names: string[];
  kinds: HighlightKind[];
  /** Flat quadruples: text index, start, end (offsets in that text), index into `ids`. */
  hits: number[];
}

/** Builds term indexes on demand, one per set of kinds, and keeps the last few (the user rarely changes kinds). */
export class MentionFinder {
  readonly #terms: PageTerms;
  readonly #indexes = new Map<string, TermIndex>();
  readonly #about: TermAbout;

  constructor(terms: PageTerms) {
    this.#terms = terms;
    this.#about = termAbout(terms);
  }

  index(kinds: readonly HighlightKind[]): TermIndex {
    const key = ALL_HIGHLIGHT_KINDS.filter((k) => kinds.includes(k)).join(',');
    let index = this.#indexes.get(key);
    if (!index) {
      if (this.#indexes.size >= 8) this.#indexes.clear();
      index = pageTermIndex(this.#terms, new Set(kinds));
      this.#indexes.set(key, index);
    }
    return index;
  }

  find(texts: readonly string[], kinds: readonly HighlightKind[]): MentionHits {
    return findMentions(this.index(kinds), texts, this.#about);
  }
}

/** The texts a `page:mentions` request joined: `text` cut at each of `ends`. */
export function splitTexts(text: string, ends: readonly number[]): string[] {
  const texts: string[] = [];
  let start = 0;
  for (const end of ends) {
    texts.push(text.slice(start, end));
    start = end;
  }
  return texts;
}

/** Name and kind of every term id. */
export type TermAbout = ReadonlyMap<string, { name: string; kind: HighlightKind }>;

export function termAbout(terms: PageTerms): TermAbout {
  const about = new Map<string, { name: string; kind: HighlightKind }>();
  for (const e of terms.entities) about.set(`entity:${e.id}`, { name: e.name, kind: e.type });
  for (const t of terms.topics) about.set(`topic:${t.id}`, { name: t.name, kind: 'topic' });
  return about;
}

export function findMentions(index: TermIndex, texts: readonly string[], about: TermAbout): MentionHits {
  const ids: string[] = [];
  const names: string[] = [];
  const kinds: HighlightKind[] = [];
  const idIndex = new Map<string, number>();
  const hits: number[] = [];
  for (let t = 0; t < texts.length; t++) {
    for (const m of findTerms(index, texts[t] as string)) {
      let i = idIndex.get(m.id);
      if (i === undefined) {
        i = ids.length;
        ids.push(m.id);
        const a = about.get(m.id);
        names.push(a?.name ?? m.id);
        kinds.push(a?.kind ?? 'topic');
        idIndex.set(m.id, i);
      }
      hits.push(t, m.start, m.end, i);
    }
  }
  return { ids, names, kinds, hits };
}
