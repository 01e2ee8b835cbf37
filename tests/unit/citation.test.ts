import { describe, expect, it } from 'vitest';
import corpusJson from '../../generated/corpus.json';
import type { Corpus } from '../../utils/corpus/types';
import { CorpusView } from '../../utils/corpus/corpus-view';
import { citationSourceFor, escapeMarkdown, formatCitation, formatDate, readerLink, type CitationSource } from '../../utils/citation';

const corpus = corpusJson as unknown as Corpus;
const view = new CorpusView(corpus);
const READER = 'chrome-extension://abc/reader.html';
const taliban = corpus.statements.find((s) => /Taliban are, of course, our allies/.test(s.text))!;

describe('formatDate', () => {
  it('writes the date as the transcript does', () => {
    expect(formatDate('2024-07-05')).toBe('5 July 2024');
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('citationSourceFor', () => {
  it('collects speaker, role, document, place, date, publisher and the reader link', () => {
    const source = citationSourceFor(view, taliban.id, { readerUrl: READER })!;
    expect(source).toMatchObject({
      statementId: taliban.id,
      text: taliban.text,
      speaker: 'Vladimir Putin',
      role: 'President of Russia',
      documentTitle: 'SCO Summit in Astana: Answers to Russian media questions',
      place: 'Astana',
      date: '2024-07-05',
      publisher: 'The Kremlin',
      link: `${READER}#${taliban.id}`,
    });
  });

  it('cuts the quoted span out of the statement', () => {
    const start = taliban.text.indexOf('the Taliban are');
    const source = citationSourceFor(view, taliban.id, { span: [start, start + 'the Taliban are'.length] })!;
    expect(source.text).toBe('the Taliban are');
    expect(source.link).toBeNull();
  });

  it('names journalists by outlet, narration by the publisher, and marks interpreted speech', () => {
    const question = corpus.statements.find((s) => s.speakerId === 'anton-vernitsky')!;
    expect(citationSourceFor(view, question.id)?.role).toBe('Channel One journalist');
    const narration = corpus.statements.find((s) => s.speakerId === null)!;
    expect(formatCitation(citationSourceFor(view, narration.id)!)).toContain('— The Kremlin (narration).');
    const interpreted = corpus.statements.find((s) => s.retranslated)!;
    expect(formatCitation(citationSourceFor(view, interpreted.id)!)).toContain('(through an interpreter)');
  });

  it('returns null for an unknown statement', () => {
    expect(citationSourceFor(view, 'nope')).toBeNull();
  });
});

describe('formatCitation', () => {
  const source: CitationSource = {
    statementId: 'press-conference-1u3nv30',
    text: 'The Taliban are, of course,\n our allies in the fight against terrorism.',
    speaker: 'Vladimir Putin',
    role: 'President of Russia',
    documentTitle: 'SCO Summit in Astana: Answers to Russian media questions',
    place: 'Astana',
    date: '2024-07-05',
    publisher: 'The Kremlin',
    link: `${READER}#press-conference-1u3nv30`,
  };

  it('formats plain text with every part of the source', () => {
    expect(formatCitation(source, 'text')).toBe(
      '“The Taliban are, of course, our allies in the fight against terrorism.” — Vladimir Putin, President of Russia. ' +
        '“SCO Summit in Astana: Answers to Russian media questions”, Astana, 5 July 2024. English transcript published by the Kremlin. ' +
        `${READER}#press-conference-1u3nv30`,
    );
  });

  it('formats Markdown as a block quote with a link to the statement', () => {
    expect(formatCitation(source, 'markdown')).toBe(
      '> The Taliban are, of course, our allies in the fight against terrorism.\n\n' +
        '— Vladimir Putin, President of Russia. *SCO Summit in Astana: Answers to Russian media questions*, Astana, 5 July 2024. ' +
        `English transcript published by the Kremlin. [Statement in Verbatim](${READER}#press-conference-1u3nv30)`,
    );
  });

  it('defaults to plain text and leaves the link out when there is none', () => {
    expect(formatCitation({ ...source, link: null })).toMatch(/published by the Kremlin\.$/);
  });

  it('escapes Markdown in the quoted words', () => {
    expect(escapeMarkdown('*not* [a link]')).toBe('\\*not\\* \\[a link\\]');
    expect(formatCitation({ ...source, text: 'a_b *c*' }, 'markdown')).toContain('> a\\_b \\*c\\*');
  });

  it('builds deep links to the reader', () => {
    expect(readerLink(`${READER}#old`, 'meeting-xi-jinping-1')).toBe(`${READER}#meeting-xi-jinping-1`);
  });
});
