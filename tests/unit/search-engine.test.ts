import { describe, expect, it } from 'vitest';
import corpusJson from '../../generated/corpus.json';
import indexJson from '../../generated/search-index.json';
import type { Corpus } from '../../utils/corpus/types';
import { buildSearchIndex, measureTyping, SearchEngine, type SearchIndexData } from '../../utils/search';

const corpus = corpusJson as unknown as Corpus;
const engine = new SearchEngine(corpus, indexJson as unknown as SearchIndexData);
const textOf = (id: string) => corpus.statements.find((s) => s.id === id)?.text ?? '';
const top = (query: string, filters?: Parameters<SearchEngine['search']>[1]) => engine.search(query, filters).hits.map((h) => h.statementId);

describe('search index', () => {
  it('is the one built from the compiled corpus (build-time, loaded with Fuse.parseIndex)', () => {
    expect(JSON.parse(JSON.stringify(buildSearchIndex(corpus)))).toEqual(indexJson);
  });

  it('covers every statement except headings', () => {
    const data = indexJson as unknown as SearchIndexData;
    expect(data.records).toHaveLength(corpus.statements.filter((s) => s.kind !== 'heading').length);
  });

  it('refuses an index built for another corpus version', () => {
    expect(() => new SearchEngine(corpus, { ...(indexJson as unknown as SearchIndexData), corpusVersion: 'old' })).toThrow(/npm run compile/);
  });
});

describe('typo-tolerant search', () => {
  it('finds Putin calling the Taliban allies against terrorism from "talibn allies terorism"', () => {
    const [first] = top('talibn allies terorism');
    expect(textOf(first!)).toMatch(/Taliban are, of course, our allies/);
  });

  it('finds the Istanbul agreements from "istambul agrements"', () => {
    const [first] = top('istambul agrements');
    expect(textOf(first!)).toMatch(/^The Istanbul agreements/);
  });

  it('finds Akkuyu from "akuyu"', () => {
    const hits = top('akuyu');
    expect(hits.length).toBeGreaterThan(0);
    expect(textOf(hits[0]!)).toContain('Akkuyu');
  });

  it('finds Lukashenko from the Belarusian spelling "lukashenka"', () => {
    expect(top('lukashenka').every((id) => textOf(id).includes('Lukashenko'))).toBe(true);
  });

  it('matches the word being typed as a prefix ("terr" → terrorism, territory)', () => {
    const response = engine.search('terr');
    expect(response.total).toBeGreaterThan(3);
    expect(response.hits[0]!.matchedWords.some((w) => w.startsWith('terr'))).toBe(true);
  });

  it('does not treat short words fuzzily ("war" is not "was")', () => {
    const hits = engine.search('war ').hits;
    expect(hits.every((h) => h.matchedWords.every((w) => w.startsWith('war')))).toBe(true);
  });

  it('keeps typos to the first letter: "operation" does not match "cooperation"', () => {
    expect(engine.matchTerm('operation', false).map((m) => m.word)).not.toContain('cooperation');
  });

  it('ranks exact words above typos and prefixes', () => {
    const matches = engine.matchTerm('agreement', false);
    expect(matches[0]).toMatchObject({ word: 'agreement', kind: 'exact' });
  });

  it('matches a word against the speaker’s name as well ("erdogan akkuyu")', () => {
    const [first] = top('erdogan akkuyu');
    expect(corpus.statements.find((s) => s.id === first)?.speakerId).toBe('recep-tayyip-erdogan');
  });

  it('prefers statements of the named speaker ("putin taliban")', () => {
    const hits = top('putin taliban');
    expect(hits.length).toBeGreaterThan(0);
    expect(corpus.statements.find((s) => s.id === hits[0])?.speakerId).toBe('vladimir-putin');
  });

  it('falls back to closest matches, marked partial, when no statement has every word', () => {
    const response = engine.search('ceasefire trump');
    expect(response.partial).toBe(true);
    expect(response.hits.length).toBeGreaterThan(0);
    expect(response.hits.every((h) => h.partial)).toBe(true);
  });

  it('finds nothing for gibberish', () => {
    expect(engine.search('qqqqzz xxyyzz').hits).toEqual([]);
  });
});

describe('exact phrases', () => {
  it('matches "national currencies" word for word', () => {
    const response = engine.search('"national currencies"');
    expect(response.total).toBeGreaterThan(0);
    for (const hit of response.hits) expect(textOf(hit.statementId).toLowerCase()).toContain('national currencies');
    expect(response.hits[0]!.phrases).toEqual([['national', 'currencies']]);
  });

  it('gives no typo tolerance inside quotes', () => {
    expect(engine.search('"nationl currencies"').hits).toEqual([]);
  });

  it('combines a phrase with loose words', () => {
    const hits = top('"peace treaty" istanbul');
    expect(hits.length).toBeGreaterThan(0);
    for (const id of hits) expect(textOf(id)).toMatch(/peace treaty/i);
  });

  it('treats an unclosed quote as a phrase being typed', () => {
    expect(engine.search('"peace treaty').total).toBeGreaterThan(0);
  });
});

describe('filters', () => {
  const speakerOf = (id: string) => corpus.statements.find((s) => s.id === id)?.speakerId;
  const documentOf = (id: string) => corpus.statements.find((s) => s.id === id)?.documentId;

  it('filters by speaker', () => {
    const hits = top('nuclear', { filters: { speakers: ['recep-tayyip-erdogan'], documents: [], topics: [] } });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((id) => speakerOf(id) === 'recep-tayyip-erdogan')).toBe(true);
  });

  it('filters by document and topic together (AND), with several speakers (OR)', () => {
    const filters = { speakers: ['vladimir-putin', 'dmitry-laru'], documents: ['press-conference'], topics: ['terrorism-afghanistan'] };
    const hits = top('taliban', { filters });
    const topic = new Set(corpus.topics.find((t) => t.id === 'terrorism-afghanistan')!.statementIds);
    expect(hits.length).toBeGreaterThan(0);
    for (const id of hits) {
      expect(['vladimir-putin', 'dmitry-laru']).toContain(speakerOf(id));
      expect(documentOf(id)).toBe('press-conference');
      expect(topic.has(id)).toBe(true);
    }
  });

  it('lists every statement passing the filters, in transcript order, when there is no query', () => {
    const response = engine.search('', { filters: { speakers: ['narration'], documents: [], topics: [] }, limit: 1000 });
    const expected = corpus.statements.filter((s) => s.speakerId === null && s.kind !== 'heading').map((s) => s.id);
    expect(response.hits.map((h) => h.statementId)).toEqual(expected);
  });

  it('returns nothing for an empty query without filters', () => {
    expect(engine.search('   ').hits).toEqual([]);
  });

  it('respects the limit but counts every match', () => {
    const response = engine.search('russia', { limit: 3 });
    expect(response.hits).toHaveLength(3);
    expect(response.total).toBeGreaterThan(3);
  });
});

describe('typing sequence', () => {
  // Timings are the benchmark's business (npm run bench); here only that the measurement covers a real sequence.
  it('measures every keystroke of the realistic typing sequences', () => {
    const times = measureTyping(engine);
    expect(times.keystrokes).toBeGreaterThan(200);
    expect(times.p50).toBeGreaterThanOrEqual(0);
    expect(times.p95).toBeGreaterThanOrEqual(times.p50);
  });
});
