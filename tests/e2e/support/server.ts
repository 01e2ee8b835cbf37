/**
 * A static file server for e2e tests: tests/fixtures/ on 127.0.0.1 (a free port), plus pages a test
 * registers itself. Only loopback is reachable on CI machines, and fixtures must be served over http(s)
 * for content scripts to run on them.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ROOT } from './paths';

export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

/** A blank page every browser can start from (Firefox tests navigate from it to extension pages). */
export const BLANK_PATH = '/__blank.html';
const BLANK_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>';

export interface FixtureServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  base: string;
  /** Absolute URL of a path on this server: `url('/articles/a.html')`. */
  url(path: string): string;
  /** Serves `html` at `path` (for pages a single test needs). */
  addPage(path: string, html: string, type?: string): void;
  close(): Promise<void>;
}

export async function startServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const pages = new Map<string, { body: string; type: string }>([[BLANK_PATH, { body: BLANK_HTML, type: TYPES['.html']! }]]);
  const rootDir = resolve(root);

  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const page = pages.get(path);
      if (page) {
        res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' });
        res.end(page.body);
        return;
      }
      let file = normalize(join(rootDir, path));
      // Never serve outside the fixture root (`/../package.json`).
      if (file !== rootDir && !file.startsWith(rootDir + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      }
    })();
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    url: (path) => new URL(path, `${base}/`).href,
    addPage: (path, body, type = TYPES['.html']!) => void pages.set(path.startsWith('/') ? path : `/${path}`, { body, type }),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
