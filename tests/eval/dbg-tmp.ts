import { ArticleChecker } from '../../utils/matching';
import { loadCompiled } from './evaluate';
const { corpus, synonyms } = loadCompiled();
const c = new ArticleChecker(corpus, synonyms);
const r = c.checkQuote(process.argv[2] ?? '', process.argv[3] ?? null);
console.log(JSON.stringify({ v: r.verdict, mis: r.misattribution, ev: r.evidence, orig: r.match?.original, changes: r.changes, diff: r.diff.filter(d=>d.op!=='equal') }, null, 1));
