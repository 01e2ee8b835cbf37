import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../utils/corpus/types';
import { CorpusView } from '../../utils/corpus/corpus-view';
import { attentionOf, badgeFor, BADGE_COLOURS } from '../../utils/highlight/verdict-words';
import { entityDetails, statementContext, topicDetails, matchCitation, POPOVER_STATEMENTS } from '../../utils/highlight/statement-cards';
import { reportJson, reportMarkdown, reportFileName } from '../../utils/highlight/article-report';
import { pageValidators, isShowCheckMessage } from '../../utils/messaging/page-messages';
import { ArticleChecker, htmlToBlocks } from '../../utils/matching';
import type { TabResults } from '../../utils/messaging/page-messages';

const corpus = JSON.parse(readFileSync(join(__dirname, '../../generated/corpus.json'), 'utf8')) as Corpus;
const view = new CorpusView(corpus);
const link = (id: string) => `ext://reader.html#${id}`;

describe('attention and badge', () => {
  const q = (verdict: Parameters<typeof attentionOf>[0]['verdict'], extra: Partial<Parameters<typeof attentionOf>[0]> = {}) => ({ verdict, misattributed: false, attributedSpeakerId: null, ...extra });
  it('red for altered or misattributed, amber for partial or not found from a summit speaker', () => {
    expect(attentionOf(q('altered'))).toBe('red');
    expect(attentionOf(q('verbatim', { misattributed: true }))).toBe('red');
    expect(attentionOf(q('partial'))).toBe('amber');
    expect(attentionOf(q('not_found', { attributedSpeakerId: 'vladimir-putin' }))).toBe('amber');
    expect(attentionOf(q('not_found'))).toBe('none');
    expect(attentionOf(q('close'))).toBe('none');
  });
  it('counts checked quotes (not scare quotes) and colours by the worst', () => {
    expect(badgeFor([q('verbatim'), q('scare'), q('partial')])).toEqual({ text: '2', colour: BADGE_COLOURS.amber });
    expect(badgeFor([q('scare')])).toEqual({ text: '', colour: BADGE_COLOURS.none });
  });
});

describe('statement cards', () => {
  it('describes a speaker with what they said and what mentions them', () => {
    const d = entityDetails(view, 'recep-tayyip-erdogan', link)!;
    expect(d.termId).toBe('entity:recep-tayyip-erdogan');
    expect(d.saidBy.length).toBeGreaterThan(0);
    expect(d.saidBy.length).toBeLessThanOrEqual(POPOVER_STATEMENTS);
    for (const c of d.saidBy) expect(c.speakerId).toBe('recep-tayyip-erdogan');
    const e = corpus.entities.find((x) => x.id === 'recep-tayyip-erdogan')!;
    for (const c of d.mentionedIn) expect(e.mentionedIn).toContain(c.id);
    expect(d.saidBy[0]!.citation.link).toBe(link(d.saidBy[0]!.id));
    expect(entityDetails(view, 'nobody', link)).toBeNull();
  });
  it('describes topics and gives a press answer its question', () => {
    const t = corpus.topics[0]!;
    expect(topicDetails(view, t.id, link)!.mentionedInTotal).toBe(t.statementIds.length);
    const answer = corpus.statements.find((s) => s.kind === 'answer' && s.answersQuestionId)!;
    const ctx = statementContext(view, answer.id, link)!;
    expect(ctx.statement.id).toBe(answer.id);
    expect(ctx.question.length).toBeGreaterThan(0);
    expect(ctx.question[0]!.kind).toBe('question');
  });
});

describe('article report exports', () => {
  const checker = new ArticleChecker(corpus);
  const html = readFileSync(join(__dirname, '../fixtures/articles/bosphorus-daily-erdogan-putin-astana.html'), 'utf8');
  const { quotes, mentions } = checker.checkArticle(htmlToBlocks(html));
  const results: TabResults = {
    tabId: 3,
    url: 'https://bosphorus.example/news/1',
    title: 'Erdogan and Putin',
    checkedAt: Date.UTC(2024, 6, 4),
    quotes: quotes.map((q, index) => ({ ...q, index, ...matchCitation(view, q.match, link) })),
    mentions,
    attention: 'none',
  };
  it('writes Markdown with every checked quote, its verdict and a citation', () => {
    const md = reportMarkdown(results);
    const checked = results.quotes.filter((q) => q.verdict !== 'scare');
    expect(md).toContain(`${checked.length} quote`);
    for (const q of checked) expect(md).toContain(q.text.slice(0, 30));
    expect(md, md).toContain('Original:');
  });
  it('says in the Markdown when Verbatim hit a problem on the page', () => {
    expect(reportMarkdown(results)).not.toContain('Incomplete');
    const md = reportMarkdown({ ...results, problem: 'The background did not answer.\nTry again.' });
    expect(md).toContain('**Incomplete:** Verbatim hit a problem on this page: The background did not answer. Try again.');
    expect(JSON.parse(reportJson({ ...results, problem: 'x' })).problem).toBe('x');
  });
  it('writes JSON that reads back to the same results', () => {
    const back = JSON.parse(reportJson(results)) as TabResults & { format: string };
    expect(back.format).toBe('verbatim-article-report');
    expect(back.quotes.map((q) => q.verdict)).toEqual(results.quotes.map((q) => q.verdict));
    expect(reportFileName(results, 'md')).toBe('verbatim-report-bosphorus.example-2024-07-04.md');
  });
});

describe('page message validators', () => {
  it('accept well-formed payloads and reject the rest', () => {
    expect(pageValidators['page:check']({ url: 'https://a', title: 't', blocks: [{ text: 'x', kind: 'paragraph' }] })).toBe(true);
    expect(pageValidators['page:check']({ url: 'https://a', title: 't', blocks: [{ text: 'x', kind: 'script' }] })).toBe(false);
    expect(pageValidators['page:check']({ url: 'https://a', title: 't', blocks: [{ text: 'x', __proto__: { a: 1 }, evil: 1 }] })).toBe(false);
    expect(pageValidators['tab:results']({ tabId: 4 })).toBe(true);
    expect(pageValidators['tab:results']({ tabId: -1 })).toBe(false);
    expect(pageValidators['quote:check-selection']({ text: '   ' })).toBe(false);
    expect(pageValidators['entity:details']({ entityId: '' })).toBe(false);
    expect(isShowCheckMessage({ verbatim: 1, type: 'page:show-check', payload: { check: null, error: 'x', text: 'y' } })).toBe(true);
    expect(isShowCheckMessage({ verbatim: 1, type: 'page:show-check', payload: { check: 'x', error: null, text: 'y' } })).toBe(false);
  });
});
