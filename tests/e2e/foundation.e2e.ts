/**
 * Foundation: in both browsers the installed extension opens its popup, the popup shows the corpus status,
 * and the extension's database holds exactly the compiled corpus (same counts, same statement ids).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../utils/corpus/types';
import type { CorpusStatus } from '../../utils/messaging/core-messages';
import { BROWSERS, launch, type TestBrowser, type TestPage } from './support/browsers';
import { ROOT, SCREENSHOTS_DIR } from './support/paths';
import { startServer, type FixtureServer } from './support/server';

const corpus = JSON.parse(readFileSync(join(ROOT, 'generated/corpus.json'), 'utf8')) as Corpus;

/** Runs in the extension page: asks the background for the corpus status over the extension's own protocol. */
async function corpusStatus(): Promise<unknown> {
  type Runtime = { sendMessage(message: unknown): Promise<unknown> };
  const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  const runtime = (g.browser ?? g.chrome)?.runtime;
  if (!runtime) throw new Error('No extension runtime in this page: is it an extension page?');
  return runtime.sendMessage({ verbatim: 1, type: 'corpus:status' });
}

/** Runs in the extension page: every key of the 'statements' store, read with the raw IndexedDB API. */
function storedStatementIds(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('verbatim');
    open.onerror = () => reject(new Error(`indexedDB.open failed: ${String(open.error)}`));
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction('statements', 'readonly').objectStore('statements').getAllKeys();
      request.onerror = () => reject(new Error(`getAllKeys failed: ${String(request.error)}`));
      request.onsuccess = () => {
        db.close();
        resolve((request.result as IDBValidKey[]).map(String));
      };
    };
  });
}

for (const name of BROWSERS) {
  describe(`foundation (${name})`, () => {
    let server: FixtureServer;
    let browser: TestBrowser | undefined;
    let popup: TestPage;

    beforeAll(async () => {
      server = await startServer();
      browser = await launch(name, server);
      popup = await browser.openExtensionPage('popup.html');
      await popup.setViewport(400, 300);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('opens the popup, which shows the corpus status', async () => {
      expect(await popup.url()).toBe(`${browser!.extensionBase}popup.html`);
      const status = await popup.text('[data-testid="corpus-status"]');
      expect(status).toContain(`${corpus.statements.length} statements`);
      await popup.screenshot(join(SCREENSHOTS_DIR, `foundation-popup-${name}.png`));
    });

    it("holds exactly the compiled corpus in the extension's database", async () => {
      const reply = (await popup.evaluate(corpusStatus)) as { ok: boolean; value?: CorpusStatus; error?: string };
      expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
      const status = reply.value!;
      expect(status.problem).toBeNull();
      expect(status.version).toBe(corpus.version);
      const compiled = {
        documents: corpus.documents.length,
        speakers: corpus.speakers.length,
        statements: corpus.statements.length,
        entities: corpus.entities.length,
        topics: corpus.topics.length,
      };
      expect(status.counts).toEqual(compiled);
      const { savedQuotes: _savedQuotes, ...stored } = status.stored;
      expect(stored).toEqual(compiled);

      const ids = await popup.evaluate(storedStatementIds);
      expect(ids).toHaveLength(corpus.statements.length);
      expect(new Set(ids)).toEqual(new Set(corpus.statements.map((s) => s.id)));
    });
  });
}
