/**
 * Popup, in real Chromium and Firefox: typo-tolerant search, filters as chips, keyboard-only use (↓ into the
 * results, ↑/↓, S saves, C and M copy the citation, Enter opens in context), the Save and Copy buttons, the
 * remembered query, the three views, axe, and screenshots (light, dark, 200% zoom).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../utils/corpus/types';
import { BROWSERS } from './support/browsers';
import { ROOT, SCREENSHOTS_DIR } from './support/paths';
import { captureClipboard, launchUi, seriousAxeViolations, waitForCopies, type UiPage, type UiSession } from './support/popup-helpers';

const corpus = JSON.parse(readFileSync(join(ROOT, 'generated/corpus.json'), 'utf8')) as Corpus;
const statement = (id: string) => corpus.statements.find((s) => s.id === id)!;
const RESULT = '[data-testid="search-result"]';
const INPUT = '[data-testid="search-input"]';

async function resultIds(page: UiPage): Promise<string[]> {
  return page.evaluate((sel: string) => [...document.querySelectorAll(sel)].map((el) => el.getAttribute('data-statement-id') ?? ''), RESULT);
}

/** Types a query and waits for the results of exactly that query (the count line follows every keystroke). */
async function search(page: UiPage, query: string): Promise<string[]> {
  await page.typeInto(INPUT, query);
  await page.waitUntil((q: string) => (document.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.value ?? '') === q, query);
  await page.waitUntil(() => /statement|match/.test(document.querySelector('[data-testid="result-count"]')?.textContent ?? ''));
  return resultIds(page);
}

async function activeStatementId(page: UiPage): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('[data-statement-id]')?.getAttribute('data-statement-id') ?? null);
}

async function statusText(page: UiPage): Promise<string> {
  return page.evaluate(() => document.querySelector('[data-testid="action-status"]')?.textContent ?? '');
}

/** Runs in an extension page: one request to the background, in the protocol's envelope. */
async function sendToBackground(message: { type: string; payload: unknown }): Promise<unknown> {
  type Runtime = { sendMessage(message: unknown): Promise<unknown> };
  const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  return (g.browser ?? g.chrome)!.runtime.sendMessage({ verbatim: 1, ...message });
}

/** Runs in an extension page opened as a tab: that tab's id. */
async function ownTabId(): Promise<number | null> {
  type Tabs = { getCurrent(): Promise<{ id?: number } | undefined> };
  const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
  return (await (g.browser ?? g.chrome)!.tabs.getCurrent())?.id ?? null;
}

for (const name of BROWSERS) {
  describe(`popup search (${name})`, () => {
    let session: UiSession;
    let popup: UiPage;

    beforeAll(async () => {
      session = await launchUi(name);
      popup = await session.open('popup.html');
      await popup.setViewport(420, 640);
      await popup.click('[data-testid="tab-search"]');
      await popup.waitFor(INPUT);
      await captureClipboard(popup);
    });

    afterAll(async () => {
      await session?.close();
    });

    it('keeps the corpus status in the footer', async () => {
      await popup.waitUntil((n: number) => (document.querySelector('[data-testid="corpus-status"]')?.textContent ?? '').includes(`${n} statements`), corpus.statements.length);
    });

    it('finds statements despite typos, with matched words highlighted', async () => {
      const taliban = await search(popup, 'talibn allies terorism');
      expect(statement(taliban[0]!).text).toMatch(/Taliban are, of course, our allies/);
      const marks = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="search-result"] mark')].map((m) => m.textContent));
      expect(marks).toContain('Taliban');

      const istanbul = await search(popup, 'istambul agrements');
      expect(statement(istanbul[0]!).text).toMatch(/^The Istanbul agreements/);

      const akkuyu = await search(popup, 'akuyu');
      expect(statement(akkuyu[0]!).text).toContain('Akkuyu');
      const count = await popup.evaluate(() => document.querySelector('[data-testid="result-count"]')?.textContent);
      expect(count).toMatch(/^\d+ statements?/);
      await popup.screenshot(join(SCREENSHOTS_DIR, `popup-search-${name}-light.png`));
    });

    it('matches "exact phrases" word for word', async () => {
      const ids = await search(popup, '"national currencies"');
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(statement(id).text.toLowerCase()).toContain('national currencies');
    });

    it('filters by speaker, document and topic, shown as removable chips', async () => {
      await search(popup, 'nuclear');
      await popup.select('[data-testid="filter-speaker"]', 'recep-tayyip-erdogan');
      await popup.waitUntil(() => document.querySelectorAll('[data-testid="filter-chip"]').length === 1);
      let ids = await resultIds(popup);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((id) => statement(id).speakerId === 'recep-tayyip-erdogan')).toBe(true);

      await popup.select('[data-testid="filter-topic"]', 'energy');
      await popup.select('[data-testid="filter-document"]', 'meeting-recep-tayyip-erdogan');
      await popup.waitUntil(() => document.querySelectorAll('[data-testid="filter-chip"]').length === 3);
      ids = await resultIds(popup);
      const energy = new Set(corpus.topics.find((t) => t.id === 'energy')!.statementIds);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((id) => energy.has(id) && statement(id).documentId === 'meeting-recep-tayyip-erdogan')).toBe(true);
      await popup.screenshot(join(SCREENSHOTS_DIR, `popup-filters-${name}.png`));

      // Remove every chip with its × button (by keyboard-reachable buttons, clicked).
      for (let i = 0; i < 3; i++) await popup.click('[data-testid="filter-chip"] button');
      await popup.waitUntil(() => document.querySelectorAll('[data-testid="filter-chip"]').length === 0);
    });

    it('works by keyboard alone: ↓ into the results, ↑/↓, C and M copy citations, S saves, Enter opens', async () => {
      const ids = await search(popup, 'taliban');
      expect(ids.length).toBeGreaterThan(2);
      await popup.press('ArrowDown');
      expect(await activeStatementId(popup)).toBe(ids[0]);
      await popup.press('ArrowDown');
      expect(await activeStatementId(popup)).toBe(ids[1]);
      await popup.press('ArrowUp');
      expect(await activeStatementId(popup)).toBe(ids[0]);

      await popup.press('c');
      const [text] = await waitForCopies(popup, 1);
      const first = statement(ids[0]!);
      const doc = corpus.documents.find((d) => d.id === first.documentId)!;
      expect(text).toContain(first.text.slice(0, 40));
      expect(text).toContain(doc.title);
      expect(text).toContain('Astana, 5 July 2024');
      expect(text).toContain('the Kremlin');
      expect(text).toContain(`${session.extensionBase}reader.html#${first.id}`);

      await popup.press('m');
      const copies = await waitForCopies(popup, 2);
      expect(copies[1]).toMatch(/^> /);
      expect(copies[1]).toContain(`(${session.extensionBase}reader.html#${first.id})`);

      await popup.press('s');
      await popup.waitUntil(() => /Saved|could not|not available/i.test(document.querySelector('[data-testid="action-status"]')?.textContent ?? ''));
      expect(await statusText(popup)).toBe('Saved to your collection.');

      await popup.press('Enter');
      const readerUrl = `${session.extensionBase}reader.html#${first.id}`;
      const deadline = Date.now() + 15_000;
      while (!(await session.tabUrls()).includes(readerUrl) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 200));
      expect(await session.tabUrls()).toContain(readerUrl);
    });

    it('saves and copies with the buttons too', async () => {
      const ids = await search(popup, 'akkuyu');
      await popup.click(`[data-statement-id="${ids[0]}"] [data-action="copy"]`);
      const copies = await waitForCopies(popup, 3);
      expect(copies[2]).toContain('Recep Tayyip Erdoğan, President of Turkiye');
      await popup.click(`[data-statement-id="${ids[0]}"] [data-action="save"]`);
      await popup.waitUntil(() => (document.querySelector('[data-testid="action-status"]')?.textContent ?? '') === 'Saved to your collection.');
    });

    it('remembers the last query and shows saved quotes in the Collection view', async () => {
      await search(popup, 'grain deal');
      await popup.reload();
      await popup.waitFor(INPUT);
      expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.value)).toBe('grain deal');
      await popup.waitFor(RESULT);

      await popup.click('[data-testid="tab-collection"]');
      await popup.waitFor('[data-testid="saved-quote"]');
      const saved = await popup.evaluate(() => document.querySelectorAll('[data-testid="saved-quote"]').length);
      expect(saved).toBeGreaterThanOrEqual(2);
      await popup.screenshot(join(SCREENSHOTS_DIR, `popup-collection-${name}.png`));

      await popup.click('[data-testid="tab-page"]');
      await popup.waitFor('[data-testid="page-empty"]');
      await popup.click('[data-testid="tab-search"]');
      await popup.waitFor(RESULT);
    });

    it('switches views with the arrow keys (ARIA tabs)', async () => {
      await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid="tab-search"]')?.focus());
      await popup.press('ArrowRight');
      expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-collection');
      expect(await popup.evaluate(() => document.querySelector('[data-testid="tab-collection"]')?.getAttribute('aria-selected'))).toBe('true');
      await popup.press('ArrowLeft');
      await popup.waitFor(RESULT);
    });

    it('has no serious or critical accessibility problems (axe), in light and dark mode', async () => {
      await search(popup, 'talibn allies terorism');
      expect(await seriousAxeViolations(popup)).toEqual([]);
      // Dark mode: Chromium only (Firefox over BiDi cannot emulate prefers-color-scheme).
      if (await popup.colorScheme('dark')) {
        await popup.screenshot(join(SCREENSHOTS_DIR, `popup-search-${name}-dark.png`));
        expect(await seriousAxeViolations(popup)).toEqual([]);
        await popup.colorScheme('light');
      }
    });

    it('still works at 200% zoom: the popup at its largest, 800×600 device pixels, is 400×300 CSS pixels', async () => {
      // Real browser zoom shrinks the CSS viewport (CSS `zoom` would not), so 200% is emulated by halving it.
      await popup.setViewport(400, 300);
      await search(popup, 'talibn allies terorism');
      // A long chip (the longest document title) must not widen the popup either.
      await popup.select('[data-testid="filter-document"]', 'meeting-mohammad-mokhber');
      await popup.waitFor('[data-testid="filter-chip"]');
      const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await popup.screenshot(join(SCREENSHOTS_DIR, `popup-search-${name}-zoom200.png`));
      expect(overflow).toBeLessThanOrEqual(1);
      await popup.click('[data-testid="filter-chip"] button');
      await popup.setViewport(420, 640);
    });

    // Last in this list: it opens a second popup page and a report, which stay open until the browser closes.
    it('says in "This page" and in the report that Verbatim hit a problem on the page, with the reason', async () => {
      // The popup's own tab sends what a content script sends on its first error of a page load; a second popup,
      // opened with ?tab= for that tab, shows it. (A tab's results are forgotten when it navigates.)
      const tabId = await popup.evaluate(ownTabId);
      expect(tabId).not.toBeNull();
      const sent = await popup.evaluate(sendToBackground, { type: 'page:problem', payload: { message: 'Verbatim’s background did not answer “page:mentions”.' } });
      expect(sent).toMatchObject({ ok: true });
      const viewer = await session.open(`popup.html?tab=${tabId}`);
      await viewer.click('[data-testid="tab-page"]');
      await viewer.waitFor('[data-testid="page-problem"]');
      const text = await viewer.evaluate(() => document.querySelector('[data-testid="page-problem"]')?.textContent ?? '');
      expect(text).toContain('Verbatim hit a problem on this page');
      expect(text).toContain('did not answer “page:mentions”');
      expect(await viewer.evaluate(() => document.querySelector('[data-testid="page-problem"]')?.getAttribute('role'))).toBe('alert');
      await viewer.setViewport(420, 640);
      await viewer.screenshot(join(SCREENSHOTS_DIR, `popup-problem-${name}.png`));
      // The article report says it too.
      const report = await session.open(`report.html?tab=${tabId}`);
      await report.waitFor('[data-testid="report-problem"]');
      expect(await report.evaluate(() => document.querySelector('[data-testid="report-problem"]')?.textContent ?? '')).toContain('this report may be incomplete: Verbatim’s background did not answer');
      // Forgotten as when the site is turned off.
      expect(await popup.evaluate(sendToBackground, { type: 'page:clear', payload: undefined })).toMatchObject({ ok: true });
      expect(await viewer.evaluate(sendToBackground, { type: 'tab:results', payload: { tabId } })).toEqual({ ok: true, value: null });
    });
  });
}
