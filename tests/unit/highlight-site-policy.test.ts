import { describe, expect, it } from 'vitest';
import { normaliseSite, setSiteOn, shouldRun, siteChoice, siteOf } from '../../utils/highlight/site-policy';
import { detectArticle, jsonLdTypes, MIN_ARTICLE_TEXT } from '../../utils/highlight/article-detection';
import { DEFAULT_PAGE_SETTINGS, pageSettingsFrom } from '../../utils/highlight/page-settings';

describe('site policy', () => {
  it('names the site of a URL without www and only for web pages', () => {
    expect(siteOf('https://www.Example.com/news/1')).toBe('example.com');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteOf('chrome-extension://abc/popup.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('normalises what users type into the site lists', () => {
    expect(normaliseSite(' https://www.BBC.co.uk/news ')).toBe('bbc.co.uk');
    expect(normaliseSite('reuters.com')).toBe('reuters.com');
    expect(normaliseSite('')).toBeNull();
    expect(normaliseSite('not a site!')).toBeNull();
  });

  it('turned off wins over allowed; parent domains count', () => {
    const lists = { allowedSites: ['example.com'], turnedOffSites: ['blog.example.com'] };
    expect(siteChoice('news.example.com', lists)).toBe('allowed');
    expect(siteChoice('blog.example.com', lists)).toBe('turned-off');
    expect(siteChoice('other.org', lists)).toBe('auto');
    expect(siteChoice('notexample.com', lists)).toBe('auto');
  });

  it('runs on articles, always on allowed sites, never on turned-off sites or when switched off', () => {
    expect(shouldRun({ enabled: true, choice: 'auto', isArticle: true })).toBe(true);
    expect(shouldRun({ enabled: true, choice: 'auto', isArticle: false })).toBe(false);
    expect(shouldRun({ enabled: true, choice: 'allowed', isArticle: false })).toBe(true);
    expect(shouldRun({ enabled: true, choice: 'turned-off', isArticle: true })).toBe(false);
    expect(shouldRun({ enabled: false, choice: 'allowed', isArticle: true })).toBe(false);
  });

  it('the toggle moves a site between the lists', () => {
    const off = setSiteOn({ allowedSites: ['a.com', 'b.com'], turnedOffSites: [] }, 'a.com', false);
    expect(off).toEqual({ allowedSites: ['b.com'], turnedOffSites: ['a.com'] });
    expect(setSiteOn(off, 'a.com', true)).toEqual({ allowedSites: ['a.com', 'b.com'], turnedOffSites: [] });
  });
});

describe('article detection', () => {
  const none = { jsonLdTypes: [], ogType: null, articleTextLength: 0 };
  it('recognises JSON-LD article types, og:type=article and long <article>s', () => {
    expect(detectArticle({ ...none, jsonLdTypes: ['WebPage', 'NewsArticle'] })).toBe('json-ld');
    expect(detectArticle({ ...none, jsonLdTypes: ['https://schema.org/ReportageNewsArticle'] })).toBe('json-ld');
    expect(detectArticle({ ...none, ogType: 'Article' })).toBe('og:type');
    expect(detectArticle({ ...none, articleTextLength: MIN_ARTICLE_TEXT })).toBe('article-element');
    expect(detectArticle({ ...none, articleTextLength: MIN_ARTICLE_TEXT - 1 })).toBeNull();
    expect(detectArticle({ ...none, jsonLdTypes: ['Product'], ogType: 'website' })).toBeNull();
    // Every article type schema.org names, and nothing that merely contains one.
    for (const type of ['Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'ScholarlyArticle', 'BlogPosting', 'LiveBlogPosting', 'Report']) {
      expect(detectArticle({ ...none, jsonLdTypes: [type] }), type).toBe('json-ld');
    }
    for (const type of ['ArticleSeries', 'SocialMediaPosting', 'NewsMediaOrganization', 'ReportageArticle', 'Reports', 'WebPage']) {
      expect(detectArticle({ ...none, jsonLdTypes: [type] }), type).toBeNull();
    }
  });

  it('reads @type from arrays, @graph and mainEntity, bounded against hostile input', () => {
    expect(jsonLdTypes([{ '@graph': [{ '@type': ['WebPage'] }, { '@type': 'NewsArticle' }] }])).toEqual(['WebPage', 'NewsArticle']);
    expect(jsonLdTypes({ mainEntity: { '@type': 'Article' } })).toEqual(['Article']);
    let deep: Record<string, unknown> = { '@type': 'Article' };
    for (let i = 0; i < 50; i++) deep = { '@graph': deep };
    expect(jsonLdTypes(deep)).toEqual([]);
    expect(jsonLdTypes(null)).toEqual([]);
  });
});

describe('page settings as stored', () => {
  it('falls back to defaults for missing or malformed values', () => {
    expect(pageSettingsFrom({})).toEqual(DEFAULT_PAGE_SETTINGS);
    const s = pageSettingsFrom({ enabled: false, allowedSites: ['a.com', 3], highlightKinds: ['person', 'bogus'], highlightStyle: 'neon' });
    expect(s).toEqual({ ...DEFAULT_PAGE_SETTINGS, enabled: false, allowedSites: ['a.com'], highlightKinds: ['person'], highlightStyle: 'underline' });
  });
});
