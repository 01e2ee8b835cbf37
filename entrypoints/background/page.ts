/**
 * Background handlers of the page area (see utils/messaging/page-messages.ts): checks the articles content
 * scripts send, keeps each tab's results (in memory, and in storage.session so the report survives the
 * background being stopped), sets the toolbar badge, and adds the "Check this quote with Verbatim" menu item.
 */
import { browser } from 'wxt/browser';
import pageTermsJson from '@/generated/page-terms.json';
import type { PageTerms } from '@/utils/highlight/page-terms';
import type { QuoteCheck } from '@/utils/matching/types';
import type { FoundQuote } from '@/utils/matching/types';
import themeCss from '@/components/verdict/theme.css?inline';
import verdictCss from '@/components/verdict/verdict.css?inline';
import popoverCss from '@/components/popover/popover.css?inline';
import { LEGACY_PAGE_TERMS_KEY, MAX_QUOTES_PER_CHECK, PAGE_UI_CSS_KEY, type CheckedQuote, type PageMessages, type ShowCheckMessage, type TabResults } from '@/utils/messaging/page-messages';
import { MentionFinder, splitTexts } from '@/utils/highlight/mention-finder';
import { badgeFor, pageAttention } from '@/utils/highlight/verdict-words';
import { entityDetails, matchCitation, statementContext, topicDetails } from '@/utils/highlight/statement-cards';
import type { AreaHandlers } from './core';
import { view } from './database';
import { articleChecker } from './engine';

const MENU_ID = 'verbatim-check-selection';
const SESSION_PREFIX = 'page-results:';

/** Results per tab id. Lost when the background stops; storage.session has the copy. */
const results = new Map<number, TabResults>();

function extensionUrl(path: string): string {
  return (browser.runtime.getURL as (p: string) => string)(path);
}

const readerLink = (statementId: string) => `${extensionUrl('/reader.html')}#${encodeURIComponent(statementId)}`;

type Session = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };
/** storage.session: Chrome ≥ 102 and Firefox ≥ 115; absent elsewhere (then results live in memory only). */
function session(): Session | null {
  return ((browser.storage as unknown as { session?: Session }).session ?? null) as Session | null;
}

type BadgeApi = { setBadgeText(d: { text: string; tabId?: number }): Promise<void>; setBadgeBackgroundColor(d: { color: string; tabId?: number }): Promise<void> };
/** MV3 has `action`, Firefox MV2 `browserAction`. */
function badgeApi(): BadgeApi | null {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction ?? null;
}

function checkedQuote(check: QuoteCheck, index: number, ranges: FoundQuote['ranges'], source: FoundQuote['source']): CheckedQuote {
  return { ...check, index, ranges, source, ...matchCitation(view, check.match, readerLink) };
}

async function showBadge(tabId: number, tab: TabResults | null): Promise<void> {
  const api = badgeApi();
  if (!api) return;
  const { text, colour } = badgeFor(tab?.quotes ?? []);
  await api.setBadgeText({ tabId, text });
  if (text) await api.setBadgeBackgroundColor({ tabId, color: colour });
}

async function store(tabId: number, tab: TabResults): Promise<void> {
  results.set(tabId, tab);
  await showBadge(tabId, tab).catch((e: unknown) => console.warn('Verbatim: could not set the badge', e));
  await session()
    ?.set({ [SESSION_PREFIX + tabId]: tab })
    .catch((e: unknown) => console.warn('Verbatim: could not keep the results in session storage', e));
}

async function forget(tabId: number): Promise<void> {
  results.delete(tabId);
  await session()
    ?.remove(SESSION_PREFIX + tabId)
    .catch(() => undefined);
}

async function stored(tabId: number): Promise<TabResults | null> {
  const inMemory = results.get(tabId);
  if (inMemory) return inMemory;
  const kept = await session()
    ?.get(SESSION_PREFIX + tabId)
    .catch(() => null);
  const tab = (kept?.[SESSION_PREFIX + tabId] as TabResults | undefined) ?? null;
  if (tab) results.set(tabId, tab);
  return tab;
}

function checkSelection(text: string, attributedTo?: string): CheckedQuote {
  const check = articleChecker().checkQuote(text, attributedTo ?? null);
  return checkedQuote(check, 0, [], 'marks');
}

const pageTerms = pageTermsJson as unknown as PageTerms;
/** The in-page UI's stylesheet (popover, verdicts, colours), published in storage.local (see PAGE_UI_CSS_KEY). */
const pageUiCss = `${themeCss}\n${verdictCss}\n${popoverCss}`;

/**
 * The content script reads its UI's stylesheet from storage.local (a few ms, no background wake-up) rather than
 * bundling it. It needs no term table: `page:mentions` answers carry the names and kinds of the terms found.
 */
async function publishPageUiCss(): Promise<void> {
  // Earlier versions also stored the term table for the content script.
  await browser.storage.local.remove(LEGACY_PAGE_TERMS_KEY);
  const stored = await browser.storage.local.get(PAGE_UI_CSS_KEY);
  if (stored[PAGE_UI_CSS_KEY] !== pageUiCss) await browser.storage.local.set({ [PAGE_UI_CSS_KEY]: pageUiCss });
}


/** Term indexes by kinds, built on first use and kept while the background runs. */
const mentionFinder = new MentionFinder(pageTerms);

export const pageHandlers: AreaHandlers<PageMessages> = {
  'page:mentions': ({ text, ends, kinds }) => mentionFinder.find(splitTexts(text, ends), kinds),
  'page:ui-css': () => pageUiCss,
  'page:check': async ({ url, title, blocks, truncated }, sender) => {
    const { quotes, mentions, quotesFound } = articleChecker().checkArticle(blocks, MAX_QUOTES_PER_CHECK);
    const checked = quotes.map((q, i) => checkedQuote(q, i, q.ranges, q.source));
    const tabId = sender.tab?.id ?? null;
    // A problem reported for this page load stays with its results (a later check of the same page keeps it).
    const prior = tabId !== null ? await stored(tabId) : null;
    const problem = prior?.url === url ? prior.problem : undefined;
    const tab: TabResults = { tabId, url, title, checkedAt: Date.now(), quotes: checked, mentions, attention: pageAttention(checked), quotesFound: quotesFound ?? checked.length, truncated: truncated === true, ...(problem ? { problem } : {}) };
    if (tabId !== null) await store(tabId, tab);
    return tab;
  },
  'page:clear': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await forget(tabId);
    await showBadge(tabId, null).catch(() => undefined);
  },
  'page:problem': async ({ message }, sender) => {
    const tabId = sender.tab?.id;
    console.error(`Verbatim: a problem on tab ${tabId ?? '?'} (${sender.tab?.url ?? sender.url ?? 'unknown page'}):`, message);
    if (tabId === undefined) return;
    const url = sender.tab?.url ?? '';
    const known = await stored(tabId);
    const base: TabResults = known && known.url === url ? known : { tabId, url, title: '', checkedAt: Date.now(), quotes: [], mentions: [], attention: 'none' };
    await store(tabId, { ...base, problem: message });
  },
  'tab:results': ({ tabId }) => stored(tabId),
  'entity:details': ({ entityId }) => {
    const details = entityDetails(view, entityId, readerLink);
    if (!details) throw new Error(`Verbatim does not know “${entityId}”.`);
    return details;
  },
  'topic:details': ({ topicId }) => {
    const details = topicDetails(view, topicId, readerLink);
    if (!details) throw new Error(`Verbatim does not know the topic “${topicId}”.`);
    return details;
  },
  'statement:context': ({ statementId }) => {
    const context = statementContext(view, statementId, readerLink);
    if (!context) throw new Error('This statement is not in the transcript (the corpus may have been updated).');
    return context;
  },
  'quote:check-selection': ({ text, attributedTo }) => checkSelection(text, attributedTo),
  'page:open-report': async (_payload, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('The report needs a tab.');
    await browser.tabs.create({ url: `${extensionUrl('/report.html')}?tab=${tabId}` });
  },
  'page:open-reader': async ({ statementId }) => {
    await browser.tabs.create({ url: readerLink(statementId) });
  },
};

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: 'Check this quote with Verbatim', contexts: ['selection'] });
}

/** Called once when the background starts (listeners, context menus, alarms of this area). */
export function startPageArea(): void {
  void publishPageUiCss().catch((e: unknown) => console.error('Verbatim: could not store the in-page stylesheet', e));
  void createMenu().catch((e: unknown) => console.error('Verbatim: could not add the context menu item', e));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const text = (info.selectionText ?? '').slice(0, 20_000);
    let message: ShowCheckMessage;
    try {
      message = { verbatim: 1, type: 'page:show-check', payload: { check: text.trim() ? checkSelection(text) : null, error: text.trim() ? null : 'Select the words of a quote first.', text } };
    } catch (error) {
      message = { verbatim: 1, type: 'page:show-check', payload: { check: null, error: error instanceof Error ? error.message : String(error), text } };
    }
    const frameId = typeof info.frameId === 'number' ? info.frameId : 0;
    void browser.tabs.sendMessage(tab.id, message, { frameId }).catch((e: unknown) => console.warn('Verbatim: this page cannot show the check (no content script here)', e));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forget(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading in the tab: its old results no longer describe what the reader sees. The new
    // page's content script sends a fresh check when it has scanned.
    if (change.status === 'loading' && results.has(tabId)) {
      void forget(tabId);
      void showBadge(tabId, null).catch(() => undefined);
    } else if (change.status === 'loading') {
      void session()?.remove(SESSION_PREFIX + tabId).catch(() => undefined);
    }
  });
}
