/**
 * `verbatim search "<query>" [--speaker NAME] [--document ID] [--topic ID] [--limit N] [--json]`: the popup's
 * search (same engine, same build-time index) on the command line.
 */
import { parseArgs } from 'node:util';
import indexJson from '../../generated/search-index.json';
import { CorpusView } from '../../utils/corpus/corpus-view';
import { findSpeakers, NARRATION_SPEAKER, resultView, SearchEngine, type SearchFilters, type SearchIndexData } from '../../utils/search';
import { corpus, UsageError, type Command } from './compiled';

/** Results printed when --limit is not given: one screen. */
export const DEFAULT_LIMIT = 10;
/** Longest --limit accepted: more than the corpus has statements, so "all of them" is always possible. */
const MAX_LIMIT = 1000;

function one(values: string[] | undefined, flag: string): string | undefined {
  if (!values?.length) return undefined;
  if (values.some((v) => !v.trim())) throw new UsageError(`${flag} needs a value`);
  return values[values.length - 1];
}

function resolveFilters(values: { speaker?: string[]; document?: string[]; topic?: string[] }): SearchFilters {
  const speakers = (values.speaker ?? []).map((name) => {
    if (/^(narration|the kremlin|kremlin)$/i.test(name.trim())) return NARRATION_SPEAKER;
    const found = findSpeakers(corpus, name);
    if (found.length === 0) throw new UsageError(`no speaker called "${name}". Speakers: ${corpus.speakers.map((s) => s.name).join(', ')}, narration`);
    if (found.length > 1) throw new UsageError(`"${name}" could be ${found.map((s) => s.name).join(' or ')}: be more specific`);
    return found[0]!.id;
  });
  const documents = (values.document ?? []).map((id) => {
    if (!corpus.documents.some((d) => d.id === id)) throw new UsageError(`no document "${id}". Documents: ${corpus.documents.map((d) => d.id).join(', ')}`);
    return id;
  });
  const topics = (values.topic ?? []).map((id) => {
    if (!corpus.topics.some((t) => t.id === id)) throw new UsageError(`no topic "${id}". Topics: ${corpus.topics.map((t) => t.id).join(', ')}`);
    return id;
  });
  return { speakers, documents, topics };
}

export const searchCommand: Command = (args) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        speaker: { type: 'string', multiple: true },
        document: { type: 'string', multiple: true },
        topic: { type: 'string', multiple: true },
        limit: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const query = positionals.join(' ');
  const filters = resolveFilters(values);
  const limitText = one(values.limit, '--limit');
  const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}`);
  if (!query.trim() && !filters.speakers.length && !filters.documents.length && !filters.topics.length) {
    throw new UsageError('give a query (in quotes if it has spaces) or at least one filter');
  }

  const engine = new SearchEngine(corpus, indexJson as unknown as SearchIndexData);
  const view = new CorpusView(corpus);
  const response = engine.search(query, { filters, limit });
  const results = response.hits.flatMap((hit) => {
    const r = resultView(view, hit);
    return r ? [{ hit, r }] : [];
  });

  if (values.json) {
    const json = {
      query,
      total: response.total,
      partial: response.partial,
      results: results.map(({ hit, r }) => ({
        statementId: r.statementId,
        speaker: r.speaker,
        speakerId: r.speakerId,
        role: r.role,
        document: r.documentTitle,
        documentId: r.documentId,
        text: r.statement.text,
        score: hit.score,
        partial: hit.partial,
      })),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }

  if (!results.length) {
    console.log(`No statement matches ${query ? `"${query}"` : 'these filters'}.`);
    return 0;
  }
  const shown = results.length < response.total ? `${results.length} of ${response.total}` : `${response.total}`;
  console.log(response.partial ? `No statement has every word; ${shown} closest:` : `${shown} statement${response.total === 1 ? '' : 's'}:`);
  results.forEach(({ r }, i) => {
    // Matched words in [brackets]: the terminal has no highlighting we can rely on.
    const text = r.snippet.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');
    console.log(`\n${i + 1}. ${r.speaker}${r.role ? `, ${r.role}` : ''} — ${r.documentTitle}  (score ${r.score})`);
    console.log(`   ${text}`);
    console.log(`   ${r.statementId}`);
  });
  return 0;
};
