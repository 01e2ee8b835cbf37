/**
 * `npx tsx tests/eval/check-quote.ts "<quote>" ["<credited speaker>"]`: one quote through the engine, with its verdict,
 * misattribution, evidence, matched original, changes and the non-equal parts of its diff (for looking into a case).
 */
import { ArticleChecker } from '../../utils/matching';
import { loadCompiled } from './evaluate';

const { corpus, synonyms } = loadCompiled();
const c = new ArticleChecker(corpus, synonyms);
const r = c.checkQuote(process.argv[2] ?? '', process.argv[3] ?? null);
console.log(
  JSON.stringify({
    verdict: r.verdict,
    explanation: r.explanation,
    misattribution: r.misattribution,
    evidence: r.evidence,
    original: r.match?.original,
    speaker: r.match?.speakerId,
    changes: r.changes,
    diff: r.diff.filter((d) => d.op !== 'equal').map((d) => `${d.op}: ${d.text} (${d.change}${d.significant ? ', significant' : ''})`),
  }, null, 1),
);
