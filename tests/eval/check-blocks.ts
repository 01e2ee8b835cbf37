/**
 * `npx tsx tests/eval/check-blocks.ts "<paragraph>" ["<paragraph>"…]`: the quotes the engine extracts from these
 * paragraphs as one article, each with its verdict, misattribution flag and who it is credited to.
 */
import { ArticleChecker } from '../../utils/matching';
import { loadCompiled } from './evaluate';

const { corpus, synonyms } = loadCompiled();
const c = new ArticleChecker(corpus, synonyms);
const blocks = process.argv.slice(2).map((text) => ({ text }));
for (const q of c.checkArticle(blocks).quotes) console.log(q.verdict, q.misattributed, '|', q.attributedTo, '|', q.text.slice(0, 60));
