/**
 * Sentence boundaries for transcript and article text.
 * Handles the transcript's missing spaces after full stops ("community.In fact"), closing quotes after the
 * stop, decimals (5.4) and the few abbreviations English press uses before a capital (Mr., Dr., U.S.).
 */

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'vs', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n']);

export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = skipSpace(text, 0);
  // A stop, optional closing quotes/brackets, then either whitespace + an opener, or (missing space) a capital.
  const boundary = /([.!?…]+)(["”’')\]]*)(\s+|(?=[A-Z“"‘]))/g;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const stopAt = m.index;
    const next = m.index + m[0].length;
    if (next >= text.length) break;
    const nextChar = text[next] ?? '';
    if (!/[\p{Lu}\p{N}“"‘'([«„<—–-]/u.test(nextChar)) continue;
    const stop = m[1] ?? '';
    if (stop === '.' && m[3] === '') {
      // Missing space: only after a lower-case letter and before a capital ("community.In"), never in "U.S" or "5.4".
      const prev = text[stopAt - 1] ?? '';
      if (!/\p{Ll}/u.test(prev) || !/\p{Lu}/u.test(nextChar)) continue;
    }
    if (stop === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, stopAt - 6), stopAt))?.[1]?.toLowerCase() ?? '';
      // "No. 5" keeps its number; "he said no. Then…" ends a sentence.
      if (word === 'no' && !/^\s*\d/.test(text.slice(stopAt + 1))) {
        /* a sentence ending in "no" */
      } else if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    const end = stopAt + stop.length + (m[2] ?? '').length;
    if (end > start) out.push([start, end]);
    start = skipSpace(text, end);
  }
  const tail = text.trimEnd().length;
  if (tail > start) out.push([start, tail]);
  return out;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}
