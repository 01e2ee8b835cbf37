import { describe, expect, it } from 'vitest';
import corpusJson from '../../generated/corpus.json';
import type { Corpus } from '../../utils/corpus/types';
import {
  addFilter, allowedTypos, boundedEditDistance, filterChips, filterOptions, findSpeakers, highlightRanges, isEmptyQuery,
  mergeRanges, NO_FILTERS, parseQuery, removeFilter, segments, snippet, validFilters, wordMatchQuality,
} from '../../utils/search';

const corpus = corpusJson as unknown as Corpus;

describe('parseQuery', () => {
  it('folds loose words and drops repeats', () => {
    expect(parseQuery('Erdoğan’s  Türkiye erdogan ')).toEqual({ terms: ['erdogan', 'turkiye'], phrases: [], lastTermOpen: false });
  });

  it('reads quoted phrases, straight or curly', () => {
    expect(parseQuery('"national currencies" trade “peace treaty”').phrases).toEqual([['national', 'currencies'], ['peace', 'treaty']]);
    expect(parseQuery('"national currencies" trade').terms).toEqual(['trade']);
  });

  it('knows whether the last word is still being typed', () => {
    expect(parseQuery('talib').lastTermOpen).toBe(true);
    expect(parseQuery('taliban ').lastTermOpen).toBe(false);
    expect(parseQuery('"peace treaty"').lastTermOpen).toBe(false);
  });

  it('recognises an empty query', () => {
    expect(isEmptyQuery(parseQuery('  "" – '))).toBe(true);
  });
});

describe('word matching', () => {
  it('allows one typo from 4 letters and two from 8', () => {
    expect([3, 4, 7, 8, 12].map(allowedTypos)).toEqual([0, 1, 1, 2, 2]);
  });

  it('counts transpositions as one edit', () => {
    expect(boundedEditDistance('teh', 'the', 2)).toBe(1);
    expect(boundedEditDistance('akuyu', 'akkuyu', 1)).toBe(1);
    expect(boundedEditDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });

  it('scores exact > prefix > typo', () => {
    const exact = wordMatchQuality('taliban', 'taliban', true)!;
    const prefix = wordMatchQuality('talib', 'taliban', true)!;
    const typo = wordMatchQuality('talibn', 'taliban', false)!;
    expect(exact.quality).toBeGreaterThan(prefix.quality);
    expect(prefix.quality).toBeGreaterThan(typo.quality);
    expect(typo.kind).toBe('typo');
    expect(wordMatchQuality('terori', 'terrorism', true)?.kind).toBe('typo-prefix');
    expect(wordMatchQuality('talib', 'taliban', false)).toBeNull();
  });
});

describe('highlighting', () => {
  const text = 'The Taliban are, of course, our allies in the fight against terrorism.';

  it('marks matched words, whatever their case or possessive', () => {
    const ranges = highlightRanges(text, ['taliban', 'terrorism']);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Taliban', 'terrorism']);
    expect(highlightRanges('Erdoğan’s visit', ['erdogan']).map(([s, e]) => 'Erdoğan’s visit'.slice(s, e))).toEqual(['Erdoğan’s']);
  });

  it('marks a phrase as one range', () => {
    const ranges = highlightRanges(text, [], [['our', 'allies']]);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['our allies']);
  });

  it('merges overlapping ranges', () => {
    expect(mergeRanges([[5, 9], [0, 3], [2, 4], [9, 10]])).toEqual([[0, 4], [5, 10]]);
  });

  it('splits text into plain and matched segments that join back into the text', () => {
    const parts = segments(text, highlightRanges(text, ['allies']));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['allies']);
  });

  it('shows the part of a long statement around the first match, cut at word boundaries', () => {
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Here the Taliban appear. ${'Consectetur adipiscing elit. '.repeat(20)}`;
    const parts = snippet(long, highlightRanges(long, ['taliban']), 120);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(124);
    expect(parts.find((p) => p.match)?.text).toBe('Taliban');
    expect(joined).not.toMatch(/…\S*[a-z]…/); // no half words at the cuts
  });

  it('shows a short statement whole', () => {
    expect(snippet('Thank you.', []).map((p) => p.text).join('')).toBe('Thank you.');
  });
});

describe('filters and chips', () => {
  it('offers every speaker, document and topic, and narration', () => {
    const options = filterOptions(corpus);
    expect(options.speaker).toHaveLength(corpus.speakers.length + 1);
    expect(options.document.map((o) => o.value)).toEqual(corpus.documents.map((d) => d.id));
    expect(options.topic).toHaveLength(corpus.topics.length);
    expect(options.speaker.find((o) => o.value === 'anton-vernitsky')?.label).toBe('Anton Vernitsky (Channel One journalist)');
  });

  it('adds and removes filters without duplicates, and labels them as chips', () => {
    let filters = addFilter(NO_FILTERS, 'speaker', 'xi-jinping');
    filters = addFilter(filters, 'speaker', 'xi-jinping');
    filters = addFilter(filters, 'topic', 'energy');
    expect(filters).toEqual({ speakers: ['xi-jinping'], documents: [], topics: ['energy'] });
    expect(filterChips(filters, corpus).map((c) => `${c.kindLabel}: ${c.label}`)).toEqual([
      'Speaker: Xi Jinping (President of China)',
      'Topic: Energy: oil, gas and nuclear power',
    ]);
    expect(removeFilter(filters, 'speaker', 'xi-jinping')).toEqual({ speakers: [], documents: [], topics: ['energy'] });
  });

  it('drops remembered filters the corpus no longer knows', () => {
    expect(validFilters({ speakers: ['gone'], documents: ['press-conference'], topics: [] }, corpus)).toEqual({ speakers: [], documents: ['press-conference'], topics: [] });
  });

  it('finds speakers by id, name, surname or alias, ignoring accents', () => {
    expect(findSpeakers(corpus, 'Erdogan').map((s) => s.id)).toEqual(['recep-tayyip-erdogan']);
    expect(findSpeakers(corpus, 'xi-jinping').map((s) => s.id)).toEqual(['xi-jinping']);
    expect(findSpeakers(corpus, 'PUTIN').map((s) => s.id)).toEqual(['vladimir-putin']);
    expect(findSpeakers(corpus, 'nobody at all')).toEqual([]);
  });
});

describe('snippet placement', () => {
  it('shows the window with the most different matched words', () => {
    const text = `Taliban ${'filler words here '.repeat(30)}the Taliban are our allies against terrorism. ${'more filler '.repeat(30)}`;
    const parts = snippet(text, highlightRanges(text, ['taliban', 'allies', 'terrorism']), 120);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Taliban', 'allies', 'terrorism']);
  });
});
