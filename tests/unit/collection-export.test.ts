/** Exports: CSV that spreadsheets read right, Markdown and CSL-JSON with the shared citation formatter; query helpers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../utils/citation';
import { CorpusView } from '../../utils/corpus/corpus-view';
import type { Corpus } from '../../utils/corpus/types';
import { applyQuery, citationSourceOf, createQuote, csvCell, EMPTY_QUERY, exportCollection, facets, lookupFromView, parseTagInput, toCollectionItem, type CollectionItem } from '../../utils/collection';

const corpus = JSON.parse(readFileSync(join(__dirname, '../../generated/corpus.json'), 'utf8')) as Corpus;
const lookup = lookupFromView(new CorpusView(corpus));
const statements = corpus.statements.filter((s) => s.speakerId && s.text.length > 60);
const T0 = Date.UTC(2024, 6, 10);
const link = (id: string) => `chrome-extension://x/reader.html#statement=${id}`;

function item(i: number, note = '', tags: string[] = []): CollectionItem {
  const s = statements[i]!;
  return toCollectionItem(createQuote(`quote${i}`, s, { note, tags }, { deviceId: 'dev', time: T0 + i, corpusVersion: corpus.version }), lookup);
}

describe('CSV', () => {
  it('starts with a UTF-8 BOM, uses CRLF, and quotes commas, quotes and line breaks', () => {
    const file = exportCollection('csv', [item(0, 'He said "no", then\nleft', ['a', 'b'])], lookup, link, new Date(T0));
    expect(file.content.startsWith('\uFEFFQuote,Speaker,Role,')).toBe(true);
    expect(file.content).toContain('"He said ""no"", then\nleft"');
    expect(file.content.split('\r\n')).toHaveLength(3);
    expect(file.mimeType).toMatch(/text\/csv/);
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('plain')).toBe('plain');
  });

  it('carries the same citation as "copy citation"', () => {
    const q = item(1);
    const file = exportCollection('csv', [q], lookup, link, new Date(T0));
    const citation = formatCitation(citationSourceOf(q, lookup, link), 'text');
    expect(file.content).toContain(csvCell(citation));
  });
});

describe('Markdown and CSL-JSON', () => {
  it('Markdown has each quote with its citation, note and tags', () => {
    const q = item(2, 'my note', ['sco']);
    const md = exportCollection('markdown', [q], lookup, link, new Date(T0)).content;
    expect(md).toContain(formatCitation(citationSourceOf(q, lookup, link), 'markdown'));
    expect(md).toContain('**Note:** my note');
    expect(md).toContain('**Tags:** sco');
  });

  it('CSL-JSON items are speeches with author, date, publisher and the quote', () => {
    const q = item(3, 'n', ['t']);
    const [csl] = JSON.parse(exportCollection('csl-json', [q], lookup, link, new Date(T0)).content);
    expect(csl).toMatchObject({
      id: 'verbatim-quote3',
      type: 'speech',
      title: q.documentTitle,
      author: [{ literal: q.speakerName }],
      publisher: 'The Kremlin',
      abstract: q.text,
      keyword: 't',
      issued: { 'date-parts': [[2024, 7, 5]] },
    });
  });

  it('flags a quote whose statement left the corpus and gives it no reader link', () => {
    const q = { ...item(4), statementMissing: true };
    const md = exportCollection('markdown', [q], lookup, link, new Date(T0)).content;
    expect(md).toContain('no longer in the bundled transcripts');
    expect(md).not.toContain('reader.html');
  });
});

describe('search, filters, sort, counts', () => {
  const items = [item(0, 'Erdoğan angle', ['Turkey']), item(1, '', ['turkey', 'trade']), item(2, 'x', [])];
  it('searches text, note and tags ignoring case and diacritics', () => {
    expect(applyQuery(items, { ...EMPTY_QUERY, text: 'erdogan' }).map((q) => q.id)).toEqual(['quote0']);
    expect(applyQuery(items, { ...EMPTY_QUERY, tag: 'TURKEY' }).map((q) => q.id).sort()).toEqual(['quote0', 'quote1']);
  });
  it('sorts and counts', () => {
    expect(applyQuery(items, { ...EMPTY_QUERY, sort: 'saved-asc' }).map((q) => q.id)).toEqual(['quote0', 'quote1', 'quote2']);
    expect(applyQuery(items, EMPTY_QUERY).map((q) => q.id)).toEqual(['quote2', 'quote1', 'quote0']);
    const f = facets(items);
    expect(f.total).toBe(3);
    expect(f.tags[0]).toMatchObject({ value: 'turkey', count: 2 });
    expect(applyQuery([{ ...items[0]!, deletedAt: 5 }], EMPTY_QUERY)).toEqual([]);
  });
  it('parses tag input', () => {
    expect(parseTagInput('a, b; c\n d ,')).toEqual(['a', 'b', 'c', 'd']);
  });
});
