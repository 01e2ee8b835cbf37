/**
 * Upgrade from a previous release keeps saved quotes (issue 8). For each release kept under
 * tests/fixtures/releases/, in Chromium and Firefox: install that build, store quotes in its database the way
 * it stored them (its schema; release 0.1.0 had no working Save button, so the rows are written with IndexedDB
 * from its own extension page), close the browser, put the current build in the same place, reopen the same
 * profile, and find every quote — migrated, listed, and syncing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../utils/corpus/types';
import type { CollectionList } from '../../utils/messaging/collection-messages';
import { BROWSERS } from './support/browsers';
import { E2E_BUILDS, ROOT } from './support/paths';
import { startServer, type FixtureServer } from './support/server';
import { call, launchPersistent, prepareForUpdate, newProfile, readSyncStorage, removeProfile, waitUntil, type ExtPage } from './support/collection-helpers';

const RELEASES_DIR = join(ROOT, 'tests/fixtures/releases');
const releases = existsSync(RELEASES_DIR) ? readdirSync(RELEASES_DIR).filter((d) => existsSync(join(RELEASES_DIR, d, 'chrome-mv3-e2e.zip'))) : [];
const corpus = JSON.parse(readFileSync(join(ROOT, 'generated/corpus.json'), 'utf8')) as Corpus;

/** Quotes as release 0.1.0 stored them (schema v2). */
const LEGACY = [0, 3, 7].map((i) => {
  const s = corpus.statements.filter((x) => x.speakerId)[i]!;
  return {
    id: `legacy00000${i}`,
    statementId: s.id,
    span: null,
    text: s.text,
    speakerId: s.speakerId,
    documentId: s.documentId,
    note: `Saved in 0.1.0 — note ${i}`,
    tags: ['from-0.1.0'],
    corpusVersion: 'old',
    createdAt: 1_720_200_000_000 + i,
    updatedAt: 1_720_200_000_000 + i,
    fieldTimes: { note: 1_720_200_000_000 + i, tags: 1_720_200_000_000 + i, span: 1_720_200_000_000 + i },
    deviceId: 'olddevice',
    deletedAt: 0,
  };
});

/** Runs in an extension page of the old release: waits for its database, then writes rows into savedQuotes. */
async function writeLegacyQuotes(rows: unknown[]): Promise<number> {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('verbatim');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => resolve(req.result);
    });
  let db = await open();
  for (let i = 0; i < 100 && !db.objectStoreNames.contains('savedQuotes'); i++) {
    db.close();
    await new Promise((ok) => setTimeout(ok, 200));
    db = await open();
  }
  const version = db.version;
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('savedQuotes', 'readwrite');
    for (const row of rows) tx.objectStore('savedQuotes').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return version;
}

/**
 * A release always carries a higher version than the one before, and Chromium only swaps in the new background
 * service worker when the version changes. Until package.json is bumped for the next release, the current build
 * may still say the old version: the copy under test then gets `<old>.1` (only in the temporary copy).
 */
function bumpVersionPast(dir: string, release: string): void {
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
  const old = release.split('-')[0]!;
  if (manifest.version === old) {
    manifest.version = `${old}.1`;
    writeFileSync(file, JSON.stringify(manifest));
  }
}

for (const release of releases)
  for (const name of BROWSERS) {
    describe(`upgrade from ${release} (${name})`, () => {
      let server: FixtureServer;
      let profile: string;
      let extensionDir: string;

      beforeAll(async () => {
        server = await startServer();
        profile = await newProfile(name);
        extensionDir = mkdtempSync(join(tmpdir(), `verbatim-release-${name}-`));
        const zip = join(RELEASES_DIR, release, name === 'chromium' ? 'chrome-mv3-e2e.zip' : 'firefox-mv2-e2e.zip');
        execFileSync('unzip', ['-q', zip, '-d', extensionDir]);
      });

      afterAll(async () => {
        await removeProfile(profile);
        rmSync(extensionDir, { recursive: true, force: true });
        await server?.close();
      });

      it('keeps every saved quote', async () => {
        // 1. The old release, with quotes in its database.
        const old = await launchPersistent(name, profile, server, extensionDir);
        let page: ExtPage;
        try {
          page = await old.open('popup.html');
          const idbVersion = await page.evaluate(writeLegacyQuotes, LEGACY);
          expect(idbVersion).toBe(20); // Dexie schema v2 (Dexie stores version × 10)
        } finally {
          await old.close();
        }

        // 2. The current build in the same place, same profile: the browser sees an updated extension.
        rmSync(extensionDir, { recursive: true, force: true });
        cpSync(name === 'chromium' ? E2E_BUILDS.chromium : E2E_BUILDS.firefox, extensionDir, { recursive: true });
        bumpVersionPast(extensionDir, release);
        await prepareForUpdate(name, profile);
        const current = await launchPersistent(name, profile, server, extensionDir);
        try {
          page = await current.open('collection.html');
          const list = await waitUntil('the upgraded collection', () => call<CollectionList>(page, 'collection:list'));
          expect(list.quotes.map((q) => q.id).sort()).toEqual(LEGACY.map((q) => q.id).sort());
          for (const q of LEGACY) {
            const now = list.quotes.find((x) => x.id === q.id)!;
            expect(now).toMatchObject({ statementId: q.statementId, text: q.text, note: q.note, tags: q.tags, createdAt: q.createdAt, statementMissing: false });
            expect(now.fieldDevices.note).toBe('olddevice');
          }
          await waitUntil('the page listing them', () => page.evaluate(() => document.querySelectorAll('[data-testid="saved-quote"]').length === 3));
          // And they sync.
          await waitUntil('the upgraded quotes in storage.sync', async () => {
            const items = await page.evaluate(readSyncStorage);
            return LEGACY.every((q) => `vq:${q.id}` in items);
          });
        } finally {
          await current.close();
        }
      });
    });
  }

describe('release fixtures', () => {
  it('at least one previous release is kept for the upgrade test', () => {
    expect(releases.length).toBeGreaterThan(0);
  });
});
