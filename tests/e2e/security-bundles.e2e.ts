/**
 * Security review of what actually ships (SECURITY.md): the built bundles and manifests, after the build that
 * `npm test` runs before the e2e tests (`npm run build:e2e`; the store build in .output/ is checked too when it
 * exists). No browser is needed; it is an e2e file because unit tests run before any build.
 *
 * - Network APIs (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, importScripts, RTCPeerConnection),
 *   code from strings (eval, new Function) and markup sinks (innerHTML, outerHTML, insertAdjacentHTML,
 *   document.write) may appear in the bundles only where a known library puts them, each explained below.
 * - The manifests ask for exactly the permissions justified in README.md, no host permissions, no
 *   externally_connectable, and no content_security_policy (so the browsers' strict default applies).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import storeConfig from '../../wxt.config';
import { E2E_BUILDS, ROOT } from './support/paths';

/** The builds to check: the e2e builds always (npm test makes them), the store builds when present. */
const BUILDS = [
  { name: 'chrome-mv3 (e2e build)', dir: E2E_BUILDS.chromium, e2e: true },
  { name: 'firefox-mv2 (e2e build)', dir: E2E_BUILDS.firefox, e2e: true },
  { name: 'chrome-mv3 (store build)', dir: join(ROOT, '.output/chrome-mv3'), e2e: false },
  { name: 'firefox-mv2 (store build)', dir: join(ROOT, '.output/firefox-mv2'), e2e: false },
].filter((b) => b.e2e || existsSync(b.dir));

const API = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|RTCPeerConnection|eval|Function|innerHTML|outerHTML|insertAdjacentHTML|document\.write(?:ln)?)\b/g;

/**
 * Occurrences that are known and harmless, recognised by the code around them (minified names change from build
 * to build, the surrounding library code does not). SECURITY.md explains each.
 */
const EXPLAINED: Array<{ api: string; context: RegExp; why: string }> = [
  {
    api: 'fetch',
    context: /rel===?`modulepreload`[\s\S]*fetch\(\w+\.href,\w+\)/,
    why: "Vite's modulepreload polyfill: re-fetches the page's own <link rel=modulepreload> chunks (extension files) to warm the cache",
  },
  {
    api: 'innerHTML',
    context: /__html/,
    why: "Preact's dangerouslySetInnerHTML branch; Verbatim never passes that prop (ESLint rule + tests/unit/security-conventions.test.ts)",
  },
];

interface Hit {
  file: string;
  api: string;
  /** Up to 400 characters before the name, the name, and 80 after. */
  context: string;
  /** Where the name starts in `context`. */
  at: number;
}

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsFiles(path));
    else if (['.js', '.mjs', '.html'].includes(extname(entry.name))) out.push(path);
  }
  return out;
}

function hits(dir: string): Hit[] {
  const out: Hit[] = [];
  for (const path of jsFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(API)) {
      const at = match.index ?? 0;
      const start = Math.max(0, at - 400);
      out.push({ file: relative(dir, path), api: match[1]!, context: text.slice(start, at + 80), at: at - start });
    }
  }
  return out;
}

/**
 * `Function` is only a finding when it is called (`new Function(…)`, `Function(…)`): the word also appears in
 * type checks (`instanceof Function`, `Function.prototype`), which run no code from strings.
 */
function unexplained(hit: Hit): boolean {
  if (hit.api === 'Function') return /^\s*\(/.test(hit.context.slice(hit.at + 'Function'.length)) && !hit.context.slice(0, hit.at).endsWith('.');
  return !EXPLAINED.some((e) => e.api === hit.api && e.context.test(hit.context));
}

/** The store configuration's manifest for `browser` in `mode`, as wxt.config.ts declares it. */
function declaredManifest(browser: 'chrome' | 'firefox', mode: string): Record<string, unknown> {
  const manifest = storeConfig.manifest as (env: { browser: string; mode: string; manifestVersion: number; command: string }) => Record<string, unknown>;
  return manifest({ browser, mode, manifestVersion: browser === 'chrome' ? 3 : 2, command: 'build' });
}

/** Each permission, justified in README.md ("Permissions, and why") and SECURITY.md. */
const PERMISSIONS = ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'alarms'];

describe('security: the built bundles and manifests', () => {
  it('finds the builds to check', () => {
    expect(BUILDS.length, 'Run `npm run build:e2e` first (npm test does).').toBeGreaterThanOrEqual(2);
    for (const build of BUILDS) expect(existsSync(join(build.dir, 'manifest.json')), `${build.dir}/manifest.json — run \`npm run build:e2e\``).toBe(true);
  });

  for (const build of BUILDS) {
    describe(build.name, () => {
      it('has no network request, no code from strings and no markup sink beyond the explained library code', () => {
        const found = hits(build.dir);
        const bad = found.filter(unexplained).map((h) => `${h.file}: ${h.api} in …${h.context.slice(-160)}`);
        expect(bad, 'Unexplained API in the bundle: remove it, or explain it in EXPLAINED and SECURITY.md').toEqual([]);
        // The explanations are still needed (each matches something), so the list cannot go stale unnoticed.
        for (const e of EXPLAINED) {
          expect(found.some((h) => h.api === e.api && e.context.test(h.context)), `no longer in the bundle: ${e.why} — drop it from EXPLAINED and SECURITY.md`).toBe(true);
        }
        // No remote script or style is referenced by any extension page.
        for (const page of jsFiles(build.dir).filter((f) => f.endsWith('.html'))) {
          expect(readFileSync(page, 'utf8'), relative(build.dir, page)).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
        }
      });

      it('asks only for the justified permissions, with the strict default CSP and no outside messaging', () => {
        const manifest = JSON.parse(readFileSync(join(build.dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
        expect(manifest.permissions).toEqual(PERMISSIONS);
        expect(manifest.optional_permissions).toBeUndefined();
        expect(manifest.host_permissions).toBeUndefined();
        expect(manifest.optional_host_permissions).toBeUndefined();
        // No CSP key: Chrome MV3 applies `script-src 'self'; object-src 'self'` (no eval, no remote code),
        // Firefox MV2 `script-src 'self'; object-src 'self'` likewise.
        expect(manifest.content_security_policy).toBeUndefined();
        expect(manifest.externally_connectable).toBeUndefined();
        expect(manifest.sandbox).toBeUndefined();
        expect(manifest.update_url).toBeUndefined();
        // The content script is Verbatim's own bundled file, in the isolated world (no `world: "MAIN"`).
        const scripts = manifest.content_scripts as Array<{ js: string[]; world?: string; matches: string[] }>;
        expect(scripts).toHaveLength(1);
        expect(scripts[0]!.js).toEqual(['content-scripts/content.js']);
        expect(scripts[0]!.world).toBeUndefined();
        // Web-accessible pages exist only in the e2e build (Firefox tests navigate to them); the store build has none.
        if (build.e2e) expect(manifest.web_accessible_resources).toBeDefined();
        else expect(manifest.web_accessible_resources).toBeUndefined();
      });
    });
  }

  it('the store configuration exposes no page to the web: web_accessible_resources only in e2e mode', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(declaredManifest(browser, 'production').web_accessible_resources).toBeUndefined();
      expect(declaredManifest(browser, 'production').permissions).toEqual(PERMISSIONS);
      expect(declaredManifest(browser, 'e2e').web_accessible_resources).toBeDefined();
    }
  });
});
