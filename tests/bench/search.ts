/**
 * Part 3, popup search (Node): time per keystroke while typing realistic queries letter by letter, for
 * Verbatim's engine (the one the popup runs, loaded from the build-time index) and its peers over the same
 * searchable statements:
 *   - fuse.js with default options (`keys: ['text']`);
 *   - fuse.js with the project's options (VOCABULARY_FUSE_OPTIONS from utils/search, `keys: ['text']`),
 *     its index either rebuilt at start-up (`Fuse.createIndex`) or parsed from JSON (`Fuse.parseIndex`, as the
 *     project ships its own): typing costs the same, start-up differs;
 *   - uFuzzy (default options) and MiniSearch (prefix + fuzzy 0.2), for reference.
 * Each run starts from a fresh engine (the popup just opened) and types every query; a keystroke's time is
 * one `search(prefix)` call. p50 and p95 are taken over all keystrokes of a run; reported: medians over runs.
 * Result quality is not scored here (the unit tests do that for Verbatim); the peers answer a looser question.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse, { type IFuseOptions } from 'fuse.js';
import uFuzzy from '@leeoniya/ufuzzy';
import MiniSearch from 'minisearch';
import type { Corpus, Statement } from '../../utils/corpus/types';
import { SearchEngine, TYPING_QUERIES, VOCABULARY_FUSE_OPTIONS, isSearchable, type SearchIndexData } from '../../utils/search';
import { median, percentile } from './stats';

/** The examples first, then the search area's own typing set (utils/search/typing-benchmark.ts). */
export const QUERIES = [
  ...new Set(['talibn allies terorism', 'istanbul agreements', 'akkuyu', 'ceasefire', 'national currencies', 'Erdogan tourists', ...TYPING_QUERIES]),
];

export interface EngineTimes {
  name: string;
  setupMs: number;
  p50: number;
  p95: number;
  max: number;
}

export interface SearchResult {
  queries: number;
  keystrokes: number;
  runs: number;
  engines: EngineTimes[];
}

interface Contender {
  name: string;
  make(): (query: string) => unknown;
}

function time(contender: Contender, runs: number): EngineTimes {
  const setups: number[] = [];
  const p50s: number[] = [];
  const p95s: number[] = [];
  const maxes: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    let started = performance.now();
    const search = contender.make();
    const setup = performance.now() - started;
    const times: number[] = [];
    for (const query of QUERIES) {
      for (let i = 1; i <= query.length; i++) {
        started = performance.now();
        search(query.slice(0, i));
        times.push(performance.now() - started);
      }
    }
    if (r === 0) continue; // warm-up run: module JIT, not the popup's experience on its second keystroke
    times.sort((a, b) => a - b);
    setups.push(setup);
    p50s.push(percentile(times, 0.5));
    p95s.push(percentile(times, 0.95));
    maxes.push(times[times.length - 1]!);
  }
  return { name: contender.name, setupMs: median(setups), p50: median(p50s), p95: median(p95s), max: median(maxes) };
}

export function runSearch(runs = 5): SearchResult {
  const root = join(import.meta.dirname, '..', '..', 'generated');
  const corpusText = readFileSync(join(root, 'corpus.json'), 'utf8');
  const indexText = readFileSync(join(root, 'search-index.json'), 'utf8');
  const corpus = JSON.parse(corpusText) as Corpus;
  const statements: Statement[] = corpus.statements.filter(isSearchable);
  const texts = statements.map((s) => s.text);
  const projectOptions: IFuseOptions<Statement> = { ...(VOCABULARY_FUSE_OPTIONS as IFuseOptions<Statement>), keys: ['text'] };
  const prebuilt = JSON.stringify(Fuse.createIndex(['text'], statements).toJSON());

  const contenders: Contender[] = [
    {
      // What the popup does: parse the shipped JSON and build the engine on it.
      name: 'Verbatim (utils/search, parsed build-time index)',
      make: () => {
        const engine = new SearchEngine(JSON.parse(corpusText) as Corpus, JSON.parse(indexText) as SearchIndexData);
        return (q) => engine.search(q);
      },
    },
    {
      name: 'fuse.js, default options',
      make: () => {
        const fuse = new Fuse(statements, { keys: ['text'] });
        return (q) => fuse.search(q, { limit: 50 });
      },
    },
    {
      name: "fuse.js, project's options, index rebuilt",
      make: () => {
        const fuse = new Fuse(statements, projectOptions, Fuse.createIndex(['text'], statements));
        return (q) => fuse.search(q, { limit: 50 });
      },
    },
    {
      name: "fuse.js, project's options, index parsed",
      make: () => {
        const fuse = new Fuse(statements, projectOptions, Fuse.parseIndex(JSON.parse(prebuilt)));
        return (q) => fuse.search(q, { limit: 50 });
      },
    },
    {
      name: 'uFuzzy (defaults)',
      make: () => {
        const uf = new uFuzzy();
        return (q) => uf.search(texts, q);
      },
    },
    {
      name: 'MiniSearch (prefix, fuzzy 0.2)',
      make: () => {
        const ms = new MiniSearch<Statement>({ fields: ['text'], storeFields: [], searchOptions: { prefix: true, fuzzy: 0.2 } });
        ms.addAll(statements);
        return (q) => ms.search(q).slice(0, 50);
      },
    },
  ];
  const engines = contenders.map((c) => time(c, runs));
  return { queries: QUERIES.length, keystrokes: QUERIES.reduce((n, q) => n + q.length, 0), runs, engines };
}
