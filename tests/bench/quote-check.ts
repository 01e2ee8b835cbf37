/**
 * Part 2, quote check (Node): Verbatim's engine against fuse.js doing the same job on the labelled quote set.
 *
 * The job: given a quote (and who the article credits it to), name the transcript statement it comes from,
 * or say it is not in the transcript. Accuracy, the same for both:
 *   - a labelled quote with a source (159 of them) is right when the reported statement is the one that holds
 *     the label's `source` text (Verbatim: `match.statementIds` includes it and the verdict is not `not_found`;
 *     fuse: its best hit is that statement and its score passes the threshold);
 *   - a labelled `not_found` quote (55) is right when nothing is reported (Verbatim: verdict `not_found`; fuse:
 *     no hit, or the best hit's score is above the threshold);
 *   - scare quotes (8) are left out: they are not statements and fuse has no way to tell them apart.
 * Accuracy = right ÷ 214.
 *
 * fuse.js is given its best chance: `ignoreLocation: true` (a quote can come from anywhere in a paragraph),
 * `includeScore: true`, threshold 1 at search time (so the best hit is always returned) and the not-found
 * cut-off chosen afterwards as the score that maximises fuse's own accuracy on this very set (an oracle
 * threshold, better than anything it could be tuned to without the labels).
 */
import Fuse from 'fuse.js';
import { ArticleChecker, type QuoteCheck } from '../../utils/matching';
import { loadCompiled, loadLabels, type Label } from '../eval/evaluate';
import { median, round } from './stats';

export interface QuoteCheckResult {
  quotes: number;
  inCorpus: number;
  notInCorpus: number;
  /** Verbatim's passes over the set (fuse makes one). */
  runs: number;
  verbatimMsPerQuote: number;
  /** The first pass over the set, with cold caches and JIT. */
  verbatimColdMsPerQuote: number;
  fuseMsPerQuote: number;
  verbatimAccuracy: number;
  fuseAccuracy: number;
  fuseThreshold: number;
  /** Building the engine / the fuse index once (ms). */
  verbatimSetupMs: number;
  fuseSetupMs: number;
}

interface Case {
  label: Label;
  attributedTo: string | null;
  expected: string | null;
}

export function runQuoteCheck(runs = 5): QuoteCheckResult {
  const { corpus, synonyms } = loadCompiled();
  const names = new Map<string, string>();
  for (const s of corpus.speakers) names.set(s.id, s.name);
  for (const e of corpus.entities) if (!names.has(e.id)) names.set(e.id, e.name);
  const cases: Case[] = [];
  for (const article of loadLabels().articles) {
    for (const label of article.quotes) {
      if (label.verdict === 'scare') continue;
      const src = label.source;
      const expected = src ? (corpus.statements.find((s) => s.text.includes(src) || src.includes(s.text))?.id ?? null) : null;
      // Labels name speakers by corpus id; the checker takes a name as an article writes it.
      const attributedTo = label.attributedTo ? (names.get(label.attributedTo) ?? label.attributedTo) : null;
      cases.push({ label, attributedTo, expected });
    }
  }

  // ---- Verbatim
  let started = performance.now();
  const checker = new ArticleChecker(corpus, synonyms);
  const verbatimSetupMs = performance.now() - started;
  let answers: QuoteCheck[] = [];
  const verbatimRuns: number[] = [];
  let verbatimColdMsPerQuote = Number.NaN;
  for (let r = 0; r < runs + 1; r++) {
    started = performance.now();
    answers = cases.map((c) => checker.checkQuote(c.label.quote, c.attributedTo));
    const ms = (performance.now() - started) / cases.length;
    // The first pass is cold: JIT, and the per-word caches (folding, stems) the long-lived background engine keeps.
    if (r === 0) verbatimColdMsPerQuote = ms;
    else verbatimRuns.push(ms);
  }
  const verbatimRight = cases.filter((c, i) => {
    const a = answers[i]!;
    if (!c.expected) return a.verdict === 'not_found';
    return a.verdict !== 'not_found' && !!a.match?.statementIds.includes(c.expected);
  }).length;

  // ---- fuse.js over the statements
  const statements = corpus.statements.filter((s) => s.kind !== 'heading');
  started = performance.now();
  const fuse = new Fuse(statements, { keys: ['text'], ignoreLocation: true, includeScore: true, threshold: 1 });
  const fuseSetupMs = performance.now() - started;
  const fuseBest = (c: Case) => {
    const hit = fuse.search(c.label.quote.trim().replace(/^[“"«„‘']+|[”"»“’']+$/g, ''), { limit: 1 })[0];
    return hit ? { id: hit.item.id, score: hit.score ?? 1 } : null;
  };
  // fuse takes 100–250 ms a quote here (bitap over every statement, 32-letter pattern chunks): one pass over
  // the set, after a warm-up on a few quotes, keeps the bench within its budget.
  for (const c of cases.slice(0, 5)) fuseBest(c);
  started = performance.now();
  const best = cases.map(fuseBest);
  const fuseRuns = [(performance.now() - started) / cases.length];
  // The oracle threshold: every distinct score (and 1) tried as "best hit counts when score ≤ t".
  const candidates = [...new Set(best.map((b) => b?.score ?? 1)), 0, 1].sort((a, b) => a - b);
  let fuseThreshold = 1;
  let fuseRight = -1;
  for (const t of candidates) {
    const right = cases.filter((c, i) => {
      const b = best[i];
      const found = b !== null && b !== undefined && b.score <= t;
      return c.expected ? found && b.id === c.expected : !found;
    }).length;
    if (right > fuseRight) {
      fuseRight = right;
      fuseThreshold = t;
    }
  }

  return {
    quotes: cases.length,
    inCorpus: cases.filter((c) => c.expected).length,
    notInCorpus: cases.filter((c) => !c.expected).length,
    runs,
    verbatimMsPerQuote: median(verbatimRuns),
    verbatimColdMsPerQuote,
    fuseMsPerQuote: median(fuseRuns),
    verbatimAccuracy: round((verbatimRight / cases.length) * 1000) / 1000,
    fuseAccuracy: round((fuseRight / cases.length) * 1000) / 1000,
    fuseThreshold,
    verbatimSetupMs,
    fuseSetupMs,
  };
}
