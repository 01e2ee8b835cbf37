/**
 * Which words of a statement to highlight in a search result, and which part of a long statement to show.
 * Returns plain ranges and segments; components render them as text inside <mark> (never as markup). Pure.
 */
import { tokenize } from '../text/fold';

export type Range = [start: number, end: number];

export interface TextSegment {
  text: string;
  /** A matched word or phrase. */
  match: boolean;
}

/**
 * Ranges of `text` to highlight: every word whose folded form is one of `words` (the vocabulary words the
 * search matched, typos included) and every occurrence of each phrase, merged and sorted.
 */
export function highlightRanges(text: string, words: readonly string[], phrases: readonly (readonly string[])[] = []): Range[] {
  const wanted = new Set(words);
  const tokens = tokenize(text);
  const ranges: Range[] = [];
  for (const token of tokens) if (wanted.has(token.norm) || wanted.has(token.raw)) ranges.push([token.start, token.end]);
  for (const phrase of phrases) {
    if (!phrase.length) continue;
    outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
      for (let j = 0; j < phrase.length; j++) if (tokens[i + j]!.norm !== phrase[j]) continue outer;
      ranges.push([tokens[i]!.start, tokens[i + phrase.length - 1]!.end]);
    }
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Splits `text` into plain and matched segments (ranges must be merged and sorted, as above). */
export function segments(text: string, ranges: readonly Range[]): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

/**
 * Snippet length in characters: about three lines of the popup at its 400 px width, enough to judge a
 * result without opening it.
 */
export const SNIPPET_LENGTH = 220;

/**
 * The part of a long statement worth showing: a window of about `length` characters around the matches,
 * placed where it shows the most different matched words ("talibn allies terorism" should show "Taliban",
 * "allies" and "terrorism" together if one window holds them), starting a little before the first of them
 * so it reads in context. Cut at word boundaries, with "…" where text was left out. Segments keep their
 * highlights.
 */
export function snippet(text: string, ranges: readonly Range[], length = SNIPPET_LENGTH): TextSegment[] {
  if (text.length <= length) return segments(text, ranges);
  // Lead-in: about a quarter of the window before the first match shown, so it is not the first word.
  const lead = Math.floor(length / 4);
  let first = ranges[0]?.[0] ?? 0;
  let best = -1;
  for (const [candidate] of ranges) {
    const from = Math.max(0, candidate - lead);
    const words = new Set(ranges.filter(([s, e]) => s >= candidate && e <= from + length).map(([s, e]) => text.slice(s, e).toLowerCase()));
    if (words.size > best) {
      best = words.size;
      first = candidate;
    }
  }
  let start = Math.max(0, first - lead);
  let end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const clipped: Range[] = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start]);
  const out = segments(text.slice(start, end), clipped);
  if (start > 0) out.unshift({ text: '…', match: false });
  if (end < text.length) out.push({ text: '…', match: false });
  return out;
}
