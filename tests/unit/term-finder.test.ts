import { describe, expect, it } from 'vitest';
import { ENTITY_SEEDS } from '../../utils/corpus/gazetteer';
import { compileTerms, findTerms, type TermEntry } from '../../utils/matching/term-finder';

const ENTRIES: TermEntry[] = [
  { term: 'Xi', id: 'xi' },
  { term: 'Xi Jinping', id: 'xi' },
  { term: 'President Xi', id: 'xi' },
  { term: 'Putin', id: 'putin' },
  { term: 'Recep Tayyip Erdoğan', id: 'erdogan' },
  { term: 'Erdogan', id: 'erdogan' },
  { term: "Turkey's president", id: 'erdogan' },
  { term: 'Turkey', id: 'turkey' },
  { term: 'Türkiye', id: 'turkey' },
  { term: 'Kyiv', id: 'kyiv' },
  { term: 'Kiev', id: 'kyiv' },
  { term: 'Khurelsükh', id: 'khurelsukh' },
  { term: 'UN', id: 'un' },
  { term: 'United Nations', id: 'un' },
  { term: 'UN Security Council', id: 'unsc' },
  { term: 'Security Council', id: 'unsc' },
  { term: 'SCO', id: 'sco' },
  { term: 'SCO Plus', id: 'sco-plus' },
  { term: 'Shanghai Cooperation Organisation', id: 'sco' },
  { term: 'Al Thani', id: 'tamim' },
  { term: 'Tamim bin Hamad Al-Thani', id: 'tamim' },
  { term: 'U.S.', id: 'united-states' },
  { term: 'NATO', id: 'nato' },
  { term: 'INF Treaty', id: 'inf' },
  { term: 'Intermediate-Range Nuclear Forces Treaty', id: 'inf' },
];
const INDEX = compileTerms(ENTRIES);

/** [id, matched text] pairs, in text order. */
function find(text: string, index = INDEX): Array<[string, string]> {
  return findTerms(index, text).map((m) => [m.id, text.slice(m.start, m.end)]);
}

describe('findTerms', () => {
  it('matches case-insensitively', () => {
    expect(find('XI JINPING met putin')).toEqual([
      ['xi', 'XI JINPING'],
      ['putin', 'putin'],
    ]);
  });

  it('matches diacritics-insensitively, both ways', () => {
    expect(find('Erdogan and Erdoğan and Recep Tayyip Erdogan')).toEqual([
      ['erdogan', 'Erdogan'],
      ['erdogan', 'Erdoğan'],
      ['erdogan', 'Recep Tayyip Erdogan'],
    ]);
    expect(find('Khurelsukh and Khurelsükh')).toEqual([
      ['khurelsukh', 'Khurelsukh'],
      ['khurelsukh', 'Khurelsükh'],
    ]);
    expect(find('Turkiye, TÜRKIYE')).toEqual([
      ['turkey', 'Turkiye'],
      ['turkey', 'TÜRKIYE'],
    ]);
  });

  it('matches whole words only: "Xi" is not inside "Xinjiang"', () => {
    expect(find('Xinjiang')).toEqual([]);
    expect(find('Xinjiang and Xi')).toEqual([['xi', 'Xi']]);
    expect(find('Putinism and Kievan Rus')).toEqual([]);
    expect(find('the Turkeys of Thanksgiving')).toEqual([]);
  });

  it('includes possessives, straight and typographic', () => {
    expect(find('Erdogan’s plan')).toEqual([['erdogan', 'Erdogan’s']]);
    expect(find("Kyiv's army and Kiev’s")).toEqual([
      ['kyiv', "Kyiv's"],
      ['kyiv', 'Kiev’s'],
    ]);
    expect(find('Xi’s visit')).toEqual([['xi', 'Xi’s']]);
    expect(find("the UN's role")).toEqual([['un', "UN's"]]);
  });

  it('matches "Turkey\'s president" as the president, not the country', () => {
    expect(find("Turkey's president said")).toEqual([['erdogan', "Turkey's president"]]);
    expect(find('Turkey’s President said')).toEqual([['erdogan', 'Turkey’s President']]);
    expect(find("Turkey's economy")).toEqual([['turkey', "Turkey's"]]);
  });

  it('lets the longest term win, without overlaps', () => {
    expect(find('the SCO Plus format of the SCO')).toEqual([
      ['sco-plus', 'SCO Plus'],
      ['sco', 'SCO'],
    ]);
    expect(find('the UN Security Council met')).toEqual([['unsc', 'UN Security Council']]);
    expect(find('President Xi Jinping')).toEqual([['xi', 'President Xi']]);
    expect(find('Xi Jinping')).toEqual([['xi', 'Xi Jinping']]);
    expect(find('the Intermediate-Range Nuclear Forces Treaty and the INF Treaty')).toEqual([
      ['inf', 'Intermediate-Range Nuclear Forces Treaty'],
      ['inf', 'INF Treaty'],
    ]);
  });

  it('matches acronyms only in capitals: "un" is not the UN', () => {
    expect(find('un accord')).toEqual([]);
    expect(find('Un vote')).toEqual([]);
    expect(find('the UN')).toEqual([['un', 'UN']]);
    expect(find('see sco.int or the Sco')).toEqual([]);
    expect(find('the SCO')).toEqual([['sco', 'SCO']]);
    expect(find('nato')).toEqual([]);
    // Spelled-out names are not acronyms: any case.
    expect(find('the united nations')).toEqual([['un', 'united nations']]);
  });

  it('treats a hyphen as a space: Al-Thani = Al Thani', () => {
    expect(find('Al-Thani')).toEqual([['tamim', 'Al-Thani']]);
    expect(find('Al Thani')).toEqual([['tamim', 'Al Thani']]);
    expect(find('Tamim bin Hamad Al Thani')).toEqual([['tamim', 'Tamim bin Hamad Al Thani']]);
    expect(find('Tamim bin Hamad Al-Thani')).toEqual([['tamim', 'Tamim bin Hamad Al-Thani']]);
    expect(find('the intermediate range nuclear forces treaty')).toEqual([['inf', 'intermediate range nuclear forces treaty']]);
  });

  it('does not join words across other punctuation', () => {
    expect(find('Al, Thani')).toEqual([]);
    expect(find('Xi. Jinping')).toEqual([['xi', 'Xi']]);
  });

  it('finds U.S. with its dots', () => {
    const hits = findTerms(INDEX, 'the U.S. economy');
    expect(hits.map((h) => h.id)).toEqual(['united-states']);
    expect(hits[0]?.start).toBe(4);
  });

  it('reports offsets into the original text', () => {
    const text = 'Talks with Erdoğan’s team in Kyiv.';
    const hits = findTerms(INDEX, text);
    expect(hits.map((h) => [h.id, h.term, h.start, h.end])).toEqual([
      ['erdogan', 'Erdogan', 11, 20],
      ['kyiv', 'Kyiv', 29, 33],
    ]);
  });
});

describe('findTerms with the real gazetteer', () => {
  const gazetteer = compileTerms(ENTITY_SEEDS.flatMap((e) => [e.name, ...e.aliases].map((term) => ({ term, id: e.id }))));
  const ids = (text: string) => findTerms(gazetteer, text).map((m) => m.id);

  it('resolves the press’s spellings', () => {
    expect(ids('Kiev')).toEqual(['kyiv']);
    expect(ids('Kyiv’s')).toEqual(['kyiv']);
    expect(ids('Türkiye, Turkiye and Turkey')).toEqual(['turkey', 'turkey', 'turkey']);
    expect(ids('the Shanghai Cooperation Organization')).toEqual(['shanghai-cooperation-organisation']);
    expect(ids('Erdoğan')).toEqual(['recep-tayyip-erdogan']);
    expect(ids('Khurelsukh')).toEqual(['ukhnaagiin-khurelsukh']);
  });

  it('keeps Xi out of Xinjiang and "us" out of the United States', () => {
    expect(ids('Xinjiang')).toEqual([]);
    expect(ids('Xi')).toEqual(['xi-jinping']);
    expect(ids('Let us talk')).toEqual([]);
    expect(ids('un accord')).toEqual([]);
  });
});
