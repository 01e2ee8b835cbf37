import { ArticleChecker } from '/work/main/utils/matching';
import { loadCompiled } from '/work/main/tests/eval/evaluate';
const { corpus, synonyms } = loadCompiled();
const c = new ArticleChecker(corpus, synonyms);
const r = c.checkQuote(process.argv[2] ?? '', process.argv[3] ?? null);
console.log(JSON.stringify({ v: r.verdict, mis: r.misattribution, ev: r.evidence, orig: r.match?.original, changes: r.changes, diff: r.diff.filter(d=>d.op!=='equal').map(d=>d.op+':'+d.text+':'+d.change+':'+d.significant) }));
