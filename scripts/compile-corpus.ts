/**
 * Build step: public/corpus/sco-astana-2024.txt → generated/*.json.
 * Everything (extension, CLI, tests, benchmark) reads these files: one compiled corpus, one source of truth.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCorpus } from '../utils/corpus';
import { buildPageTerms } from '../utils/highlight/page-terms';
import { buildSearchIndex } from '../utils/search/search-index';
import { buildSynonyms } from './wordnet-synonyms';
import { readDictionary } from './dictionary';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = 'public/corpus/sco-astana-2024.txt';

const started = performance.now();
const corpus = compileCorpus(readFileSync(join(root, SOURCE), 'utf8'), {
  sourceFile: SOURCE.replace(/^public\//, ''),
  dictionary: readDictionary(),
});
mkdirSync(join(root, 'generated'), { recursive: true });
writeFileSync(join(root, 'generated/corpus.json'), JSON.stringify(corpus));
writeFileSync(join(root, 'generated/page-terms.json'), JSON.stringify(buildPageTerms(corpus)));
writeFileSync(join(root, 'generated/search-index.json'), JSON.stringify(buildSearchIndex(corpus)));
const synonyms = buildSynonyms(corpus);
writeFileSync(join(root, 'generated/synonyms.json'), JSON.stringify(synonyms));
const ms = Math.round(performance.now() - started);
console.log(
  `corpus ${corpus.version}: ${corpus.documents.length} documents, ${corpus.speakers.length} speakers, ` +
    `${corpus.statements.length} statements, ${corpus.entities.length} entities, ${corpus.topics.length} topics, ` +
    `${synonyms.length} synonym keys, words run together: ${Object.keys(corpus.runTogether).join(', ') || 'none'} (${ms} ms)`,
);
