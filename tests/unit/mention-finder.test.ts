/**
 * The background's half of highlighting (`page:mentions`): the real term table, texts as a content script
 * sends them (text nodes and windows of long ones), and the request validator.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions, MentionFinder, splitTexts, termAbout, type MentionHits } from '../../utils/highlight/mention-finder';
import { ALL_HIGHLIGHT_KINDS } from '../../utils/highlight/page-settings';
import { pageTermIndex, type PageTerms } from '../../utils/highlight/page-terms';
import { findTerms } from '../../utils/matching/term-finder';
import { MAX_MENTION_CHARS, MAX_MENTION_TEXTS, MIN_TERM_CHARS } from '../../utils/highlight/mention-limits';
import { pageValidators } from '../../utils/messaging/page-messages';

const terms = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'generated', 'page-terms.json'), 'utf8')) as PageTerms;

/** The hits as readable tuples: [text index, matched words, term id]. */
function readable(texts: string[], answer: MentionHits): Array<[number, string, string]> {
  const out: Array<[number, string, string]> = [];
  for (let h = 0; h < answer.hits.length; h += 4) {
    const [t, start, end, id] = answer.hits.slice(h, h + 4) as [number, number, number, number];
    out.push([t, texts[t]!.slice(start, end), answer.ids[id]!]);
  }
  return out;
}

describe('finding mentions for a page (background)', () => {
  const finder = new MentionFinder(terms);

  it('finds no term in a text shorter than MIN_TERM_CHARS, which the page scan therefore never reads', () => {
    const all = [...terms.entities.flatMap((e) => e.aliases), ...terms.topics.flatMap((t) => t.terms)];
    const shortest = Math.min(...all.map((t) => t.trim().length));
    expect(shortest).toBeGreaterThanOrEqual(MIN_TERM_CHARS);
    // Every one-character text a page could hold in a term's first letter, upper and lower case, accented or not.
    const singles = [...new Set(all.flatMap((t) => [t[0]!, t[0]!.toLowerCase(), t[0]!.toUpperCase(), t.normalize('NFD')[0]!]))];
    expect(singles.length).toBeGreaterThan(20);
    expect(finder.find(singles, ALL_HIGHLIGHT_KINDS).hits).toEqual([]);
  });

  it('reports each mention with its text, offsets and term id, in text order', () => {
    const texts = ['Vladimir Putin met Xi Jinping in Astana.', '\n  ', 'Erdoğan’s visit; Türkiye and the SCO.'];
    const found = readable(texts, finder.find(texts, ALL_HIGHLIGHT_KINDS));
    expect(found.map(([t, words]) => [t, words])).toEqual([
      [0, 'Vladimir Putin'],
      [0, 'Xi Jinping'],
      [0, 'Astana'],
      [2, 'Erdoğan’s'],
      [2, 'Türkiye'],
      [2, 'SCO'],
    ]);
    // Each id is sent once, whatever the number of hits.
    const answer = finder.find(texts, ALL_HIGHLIGHT_KINDS);
    expect(new Set(answer.ids).size).toBe(answer.ids.length);
    expect(found.find(([, w]) => w === 'Vladimir Putin')![2]).toMatch(/^entity:/);
    // Each id comes with the name the reader sees and the highlight it goes in.
    const about = Object.fromEntries(answer.ids.map((id, i) => [answer.names[i], answer.kinds[i]]));
    expect(about).toMatchObject({ 'Vladimir Putin': 'person', 'Xi Jinping': 'person', Astana: 'place', 'Shanghai Cooperation Organisation': 'organisation' });
    expect(answer.names.length).toBe(answer.ids.length);
  });

  it('reads a request as the texts it joined: no mention across the joins, each one in its own text', () => {
    // "Vladimir" ends one text node and "Putin" starts the next: two words apart on the page, not one name.
    const texts = ['Meeting Vladimir', 'Putin in Astana', '', 'SCO'];
    const ends = [16, 31, 31, 34];
    const joined = texts.join('');
    expect(splitTexts(joined, ends)).toEqual(texts);
    const found = readable(texts, finder.find(splitTexts(joined, ends), ALL_HIGHLIGHT_KINDS)).map(([t, words]) => [t, words]);
    expect(found).toContainEqual([3, 'SCO']);
    expect(found.some(([, words]) => words === 'Vladimir Putin')).toBe(false);
    expect(found).toEqual(readable(texts, finder.find(texts, ALL_HIGHLIGHT_KINDS)).map(([t, words]) => [t, words]));
  });

  it('gives the same mentions as the term finder run in the page would, on every fixture article', () => {
    const index = pageTermIndex(terms, new Set(ALL_HIGHLIGHT_KINDS));
    const dir = join(import.meta.dirname, '..', 'fixtures', 'articles');
    const html = readFileSync(join(dir, readdirFirst(dir)), 'utf8');
    const texts = html
      .replace(/<script[\s\S]*?<\/script>/gi, '')
      .split(/<[^>]+>/)
      .filter((t) => t.trim());
    const answer = findMentions(index, texts, termAbout(terms));
    const direct = texts.flatMap((text, t) => findTerms(index, text).map((m) => [t, m.start, m.end, m.id]));
    expect(readable(texts, answer).length).toBe(direct.length);
    expect(direct.length).toBeGreaterThan(5);
    for (let i = 0; i < direct.length; i++) {
      const [t, start, end, id] = direct[i] as [number, number, number, string];
      expect(answer.hits.slice(i * 4, i * 4 + 3)).toEqual([t, start, end]);
      expect(answer.ids[answer.hits[i * 4 + 3]!]).toBe(id);
    }
  });

  it('finds only the kinds asked for', () => {
    const texts = ['Putin spoke about energy security in Astana.'];
    const people = readable(texts, finder.find(texts, ['person'])).map(([, w]) => w);
    expect(people).toEqual(['Putin']);
    const places = readable(texts, finder.find(texts, ['place', 'country'])).map(([, w]) => w);
    expect(places).toContain('Astana');
    expect(places).not.toContain('Putin');
    expect(finder.find(texts, [])).toEqual({ ids: [], names: [], kinds: [], hits: [] });
  });

  it('accepts only well-formed requests, within the size limits', () => {
    const ok = pageValidators['page:mentions'];
    expect(ok({ text: 'ab', ends: [1, 2], kinds: ['person', 'topic'] })).toBe(true);
    expect(ok({ text: '', ends: [], kinds: [] })).toBe(true);
    expect(ok({ text: 'a', ends: [1], kinds: ['person', 'bogus'] })).toBe(false);
    expect(ok({ text: 1, ends: [1], kinds: [] })).toBe(false);
    expect(ok({ texts: ['a'], kinds: [] })).toBe(false);
    expect(ok({ text: 'a', ends: [1], kinds: [], extra: 1 })).toBe(false);
    // Ends must rise, be whole numbers and close the text.
    expect(ok({ text: 'ab', ends: [2, 1], kinds: [] })).toBe(false);
    expect(ok({ text: 'ab', ends: [0.5, 2], kinds: [] })).toBe(false);
    expect(ok({ text: 'ab', ends: [1], kinds: [] })).toBe(false);
    expect(ok({ text: 'ab', ends: [1, 3], kinds: [] })).toBe(false);
    expect(ok({ text: 'a'.repeat(MAX_MENTION_TEXTS + 1), ends: Array.from({ length: MAX_MENTION_TEXTS + 1 }, (_, i) => i + 1), kinds: [] })).toBe(false);
    expect(ok({ text: 'x'.repeat(MAX_MENTION_CHARS), ends: [MAX_MENTION_CHARS], kinds: [] })).toBe(true);
    expect(ok({ text: 'x'.repeat(MAX_MENTION_CHARS + 1), ends: [MAX_MENTION_CHARS + 1], kinds: [] })).toBe(false);
  });
});

function readdirFirst(dir: string): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()[0]!;
}
