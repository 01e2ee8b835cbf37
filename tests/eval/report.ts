/**
 * `npx tsx tests/eval/report.ts [--all] [--second|…|--eighth]`: the labelled-set figures, and each quote the engine gets
 * wrong (`--second` … `--eighth`: the sets written later as held-out checks, tests/fixtures/quotes-second…).
 */
import { ArticleChecker } from '../../utils/matching';
import { HELD_OUT_SETS, evaluate, loadCompiled, loadLabelsIn, summarise, verdictAgrees } from './evaluate';

const { corpus, synonyms } = loadCompiled();
const checker = new ArticleChecker(corpus, synonyms);
const t0 = performance.now();
const set = Object.entries(HELD_OUT_SETS).find(([name]) => process.argv.includes(`--${name}`))?.[1] ?? null;
const rows = set ? evaluate(checker, corpus, loadLabelsIn(set), set) : evaluate(checker, corpus);
const ms = performance.now() - t0;
const showAll = process.argv.includes('--all');
for (const r of rows) {
  const got = r.got;
  const ok = got && verdictAgrees(r.label.verdict, got.verdict) && got.misattributed === r.label.misattributed;
  const wrongMatch = got?.match && r.expectedStatement && !got.match.statementIds.includes(r.expectedStatement);
  if (ok && !wrongMatch && !showAll) continue;
  console.log(
    `${ok ? 'ok ' : 'BAD'} ${r.label.verdict}${r.label.misattributed ? '+mis' : ''} → ${got ? `${got.verdict}${got.misattributed ? '+mis' : ''} (${got.score})` : 'NOT EXTRACTED'}${wrongMatch ? ' WRONG-MATCH' : ''}` +
      `\n    ${r.file}: “${r.label.quote.slice(0, 140)}” [${r.label.attributedTo}] got attr=${got?.attributedTo ?? '-'}(${got?.attributedSpeakerId ?? '-'})` +
      (got?.match ? `\n    ↳ ${got.match.speaker}: “${got.match.original.slice(0, 140)}”` : '') +
      (got?.changes.length ? `\n    changes: ${got.changes.join('; ')}` : '') +
      (r.label.note ? `\n    note: ${r.label.note}` : ''),
  );
}
console.log(JSON.stringify(summarise(rows), null, 1));
console.log(`${(ms / rows.length).toFixed(2)} ms per quote (incl. extraction)`);
