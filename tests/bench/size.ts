/**
 * Part 5, size: bytes of what the store build ships (`npm run build` → .output/). Reads the build as it is and
 * says when it was made; it does not build (the lead's `npm run build` is the one that counts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUTPUT = join(import.meta.dirname, '..', '..', '.output');

export interface SizeRow {
  what: string;
  bytes: number | null;
  gzip: number | null;
  note?: string;
}

export interface SizeResult {
  builtAt: string | null;
  rows: SizeRow[];
  contentJsBytes: number | null;
  chromeZipBytes: number | null;
  firefoxZipBytes: number | null;
}

function files(dir: string, match: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(match)
    .map((f) => join(dir, f));
}

function measure(what: string, paths: string[], note?: string): SizeRow {
  if (!paths.length) return { what, bytes: null, gzip: null, note: note ?? 'not in the build' };
  let bytes = 0;
  let gzip = 0;
  for (const p of paths) {
    const data = readFileSync(p);
    bytes += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { what, bytes, gzip, ...(note ? { note } : {}) };
}

export function runSize(): SizeResult {
  const chrome = join(OUTPUT, 'chrome-mv3');
  const firefox = join(OUTPUT, 'firefox-mv2');
  const manifest = join(chrome, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtime.toISOString() : null;
  const js = (n: string) => n.endsWith('.js');
  const chunks = join(chrome, 'chunks');
  const popupEntry = files(chunks, (n) => /^popup-.*\.js$/.test(n));
  // What popup.html loads before its first paint: its module script, modulepreloads and stylesheets.
  const popupHtml = join(chrome, 'popup.html');
  const popupFirst = existsSync(popupHtml)
    ? [...readFileSync(popupHtml, 'utf8').matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => join(chrome, m[1]!)).filter((f) => existsSync(f))
    : [];
  const lazySearch = files(chunks, (n) => /^search-engine-.*\.js$/.test(n));
  const allChunks = files(chunks, js);
  const content = measure('content script (chrome-mv3/content-scripts/content.js)', files(join(chrome, 'content-scripts'), js));
  const rows: SizeRow[] = [
    content,
    measure('content script CSS', files(join(chrome, 'content-scripts'), (n) => n.endsWith('.css'))),
    measure('background (chrome-mv3/background.js)', files(chrome, (n) => n === 'background.js')),
    measure('popup entry chunk (chunks/popup-*.js)', popupEntry),
    measure('popup before first paint (popup.html scripts, preloads, CSS)', popupFirst, `${popupFirst.length} files`),
    measure('popup search engine + corpus + index (lazy chunk)', lazySearch),
    measure('all JS chunks (popup, pages, lazy search engine + corpus)', allChunks, `${allChunks.length} files`),
    measure('Firefox content script (firefox-mv2/content-scripts/content.js)', files(join(firefox, 'content-scripts'), js)),
  ];
  const zips = files(OUTPUT, (n) => n.endsWith('.zip'));
  const zip = (kind: string) => zips.filter((z) => z.endsWith(`-${kind}.zip`));
  const chromeZip = measure('Chrome store zip', zip('chrome'));
  const firefoxZip = measure('Firefox store zip', zip('firefox'));
  const sourcesZip = measure('Firefox sources zip (for review, not installed)', zip('sources'));
  rows.push(chromeZip, firefoxZip, sourcesZip);
  for (const r of [chromeZip, firefoxZip, sourcesZip]) r.gzip = null; // already compressed
  return { builtAt, rows, contentJsBytes: content.bytes, chromeZipBytes: chromeZip.bytes, firefoxZipBytes: firefoxZip.bytes };
}
