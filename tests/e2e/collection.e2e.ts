/**
 * The collection in real Chromium and Firefox: quotes saved through `collection:save` (the message every Save
 * button sends) are on the collection page, survive closing and reopening the browser profile, reach
 * storage.sync (which stores items without a signed-in account), export → import round-trips losslessly into
 * another profile, a bad import file shows its errors and changes nothing, and delete can be undone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../utils/corpus/types';
import type { CollectionList } from '../../utils/messaging/collection-messages';
import type { ExportedFile, ImportOutcome, SavedQuote } from '../../utils/collection';
import { BROWSERS } from './support/browsers';
import { ROOT, SCREENSHOTS_DIR } from './support/paths';
import { startServer, type FixtureServer } from './support/server';
import {
  call,
  chooseImportFile,
  launchPersistent,
  newProfile,
  readSyncStorage,
  removeProfile,
  textOf,
  waitUntil,
  type ExtPage,
  type PersistentBrowser,
} from './support/collection-helpers';

const corpus = JSON.parse(readFileSync(join(ROOT, 'generated/corpus.json'), 'utf8')) as Corpus;
const statements = corpus.statements.filter((s) => s.speakerId && s.text.length > 120);
const SAVES = [
  { statementId: statements[0]!.id, note: 'Check against the Reuters wording — “exact” quote?', tags: ['ukraine', 'talks'] },
  { statementId: statements[5]!.id, span: [0, 60] as [number, number], note: 'Markup stays text: <img src=x onerror=alert(1)>', tags: ['sco'] },
  { statementId: statements[9]!.id, note: 'Erdoğan, Путин, 习近平 — and a, comma', tags: [] },
];

const quotesOf = (list: CollectionList) => list.quotes.map(({ statementMissing: _m, speakerName: _s, speakerRole: _r, documentTitle: _d, documentDate: _dd, order: _o, ...q }) => q as SavedQuote).sort((a, b) => a.id.localeCompare(b.id));

for (const name of BROWSERS) {
  describe(`collection (${name})`, () => {
    let server: FixtureServer;
    let profile: string;
    let browser: PersistentBrowser | undefined;
    let page: ExtPage;
    const saved: SavedQuote[] = [];

    beforeAll(async () => {
      server = await startServer();
      profile = await newProfile(name);
      browser = await launchPersistent(name, profile, server);
      page = await browser.open('collection.html');
    });

    afterAll(async () => {
      await browser?.close().catch(() => undefined);
      await removeProfile(profile);
      await server?.close();
    });

    it('saves quotes and shows them on the collection page, markup in notes shown as text', async () => {
      await page.waitFor('[data-testid="collection-counts"]');
      for (const req of SAVES) saved.push(await call<SavedQuote>(page, 'collection:save', req));
      expect(saved.map((q) => q.statementId)).toEqual(SAVES.map((s) => s.statementId));
      expect(saved[1]!.text).toBe(statements[5]!.text.slice(0, 60));
      await waitUntil('three quotes on the page', () => page.evaluate(() => document.querySelectorAll('[data-testid="saved-quote"]').length === 3));
      expect(await page.evaluate(textOf, '[data-testid="collection-counts"]')).toContain('3 shown of 3 saved');
      expect(await page.evaluate(() => document.querySelectorAll('.quotes img').length)).toBe(0);
      expect(await page.evaluate(() => document.body.textContent!.includes('<img src=x onerror=alert(1)>'))).toBe(true);
      await page.screenshot(join(SCREENSHOTS_DIR, `collection-page-${name}.png`));
    });

    it('storage.sync holds one compact item per saved quote', async () => {
      const items = await waitUntil('the quotes in storage.sync', async () => {
        const all = await page.evaluate(readSyncStorage);
        return saved.every((q) => `vq:${q.id}` in all) ? all : null;
      });
      for (const q of saved) {
        const item = items[`vq:${q.id}`] as { v: number; s: string; n?: string; t?: string[] };
        expect(item).toMatchObject({ v: 1, s: q.statementId });
        expect(item.n ?? '').toBe(q.note);
        expect(item.t ?? []).toEqual(q.tags);
        expect(JSON.stringify(item)).not.toContain(q.text.slice(0, 30)); // the words are rebuilt from the corpus, not synced
      }
      const status = await waitUntil('sync status "synced"', async () => {
        const s = await call<{ state: string; pending: number }>(page, 'collection:sync-status');
        return s.state === 'synced' ? s : null;
      });
      expect(status.pending).toBe(0);
      await page.reload();
      await waitUntil('the sync panel', () => page.evaluate(textOf, '[data-testid="sync-state"]').then((t) => t === 'Synced'));
    });

    it('keeps the quotes when the browser is closed and the profile reopened', async () => {
      const before = quotesOf(await call<CollectionList>(page, 'collection:list'));
      await browser!.close();
      browser = await launchPersistent(name, profile, server);
      page = await browser.open('collection.html');
      const after = quotesOf(await waitUntil('the background after restart', () => call<CollectionList>(page, 'collection:list')));
      expect(after).toEqual(before);
      await waitUntil('three quotes on the page after restart', () => page.evaluate(() => document.querySelectorAll('[data-testid="saved-quote"]').length === 3));
    });

    it('a bad import file shows what is wrong and changes nothing', async () => {
      const before = quotesOf(await call<CollectionList>(page, 'collection:list'));
      const good = await call<ExportedFile>(page, 'collection:export', { format: 'json', ids: null });
      await page.evaluate(chooseImportFile, { content: good.content.slice(0, good.content.length / 2), name: 'truncated.json' });
      await page.waitFor('[data-testid="import-errors"]');
      expect(await page.evaluate(textOf, '[data-testid="import-errors"]')).toMatch(/nothing was changed.*not valid JSON.*truncated/s);
      const hostile = good.content.replace('"note":', '"__proto__": {"admin": true}, "note":');
      const reply = await call<ImportOutcome>(page, 'collection:import', { content: hostile });
      expect(reply).toMatchObject({ ok: false, errors: [expect.stringMatching(/__proto__/)] });
      expect(quotesOf(await call<CollectionList>(page, 'collection:list'))).toEqual(before);
      await page.screenshot(join(SCREENSHOTS_DIR, `collection-import-error-${name}.png`));
    });

    it('export → import into another profile is lossless', async () => {
      const exported = await call<ExportedFile>(page, 'collection:export', { format: 'json', ids: null });
      const source = JSON.parse(exported.content) as { quotes: SavedQuote[] };
      expect(source.quotes).toHaveLength(3);
      const otherProfile = await newProfile(name);
      const other = await launchPersistent(name, otherProfile, server);
      try {
        const otherPage = await other.open('collection.html');
        await otherPage.waitFor('[data-testid="import-file"]');
        await otherPage.evaluate(chooseImportFile, { content: exported.content, name: exported.filename });
        await otherPage.waitFor('[data-testid="import-result"]');
        expect(await otherPage.evaluate(textOf, '[data-testid="import-result"]')).toBe('Imported 3 quotes: 3 added, 0 updated, 0 already up to date.');
        const again = JSON.parse((await call<ExportedFile>(otherPage, 'collection:export', { format: 'json', ids: null })).content) as { quotes: SavedQuote[] };
        expect(again.quotes).toEqual(source.quotes);
        // Other formats come out of the same data.
        const csv = await call<ExportedFile>(otherPage, 'collection:export', { format: 'csv', ids: null });
        expect(csv.content.startsWith('\uFEFFQuote,')).toBe(true);
        const csl = JSON.parse((await call<ExportedFile>(otherPage, 'collection:export', { format: 'csl-json', ids: null })).content) as unknown[];
        expect(csl).toHaveLength(3);
      } finally {
        await other.close().catch(() => undefined);
        await removeProfile(otherProfile);
      }
    });

    it('edits a note and deletes with undo on the page', async () => {
      await page.reload();
      await page.waitFor('[data-testid="edit-quote"]');
      await page.click('[data-testid="saved-quote"] [data-testid="edit-quote"]');
      await page.evaluate(() => {
        const area = document.querySelector<HTMLTextAreaElement>('[data-testid="note-input"]')!;
        area.value = 'Edited on the page';
        area.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.click('[data-testid="save-edit"]');
      await waitUntil('the edited note', async () => (await call<CollectionList>(page, 'collection:list')).quotes.some((q) => q.note === 'Edited on the page'));
      await page.click('[data-testid="saved-quote"] [data-testid="delete-quote"]');
      await page.waitFor('[data-testid="undo-delete"]');
      expect((await call<CollectionList>(page, 'collection:list')).quotes).toHaveLength(2);
      await page.screenshot(join(SCREENSHOTS_DIR, `collection-undo-${name}.png`));
      await page.click('[data-testid="undo-delete"]');
      await waitUntil('the quote back after undo', async () => (await call<CollectionList>(page, 'collection:list')).quotes.length === 3);
      await waitUntil('three quotes on the page after undo', () => page.evaluate(() => document.querySelectorAll('[data-testid="saved-quote"]').length === 3));
    });
  });
}
