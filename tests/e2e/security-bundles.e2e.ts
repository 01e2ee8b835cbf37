/**
 * Security review of what actually ships (SECURITY.md): the built bundles and manifests, after the build that
 * `npm test` runs before the e2e tests (`npm run build:e2e`; the store build in .output/ is checked too when it
 * exists). No browser is needed; it is an e2e file because unit tests run before any build.
 *
 * - Network APIs (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, importScripts, RTCPeerConnection),
 *   code from strings (eval, Function, setTimeout with a string), script injection (executeScript) and markup
 *   sinks (innerHTML, outerHTML, insertAdjacentHTML, srcdoc, document.write) may appear in the bundled code only
 *   where a known library puts them, each explained below. Same scanner as the source-tree test
 *   (tests/support/forbidden-apis.ts), on the minified output, so library code is covered too.
 * - The manifests ask for exactly the permissions justified in README.md, no host permissions, no
 *   externally_connectable, and no content_security_policy (so the browsers' strict default applies).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import storeConfig from '../../wxt.config';
import { scanSource, type Finding } from '../support/forbidden-apis';
import { E2E_BUILDS, ROOT } from './support/paths';

/** The builds to check: the e2e builds always (npm test makes them), the store builds when present. */
const BUILDS = [
  { name: 'chrome-mv3 (e2e build)', dir: E2E_BUILDS.chromium, e2e: true },
  { name: 'firefox-mv2 (e2e build)', dir: E2E_BUILDS.firefox, e2e: true },
  { name: 'chrome-mv3 (store build)', dir: join(ROOT, '.output/chrome-mv3'), e2e: false },
  { name: 'firefox-mv2 (store build)', dir: join(ROOT, '.output/firefox-mv2'), e2e: false },
].filter((b) => b.e2e || existsSync(b.dir));

/**
 * Occurrences that are known and harmless, recognised by the code around them (minified names change from build
 * to build, the surrounding library code does not). SECURITY.md explains each.
 */
const EXPLAINED: Array<{ api: string; context: RegExp; why: string }> = [
  {
    api: 'innerHTML',
    context: /__html/,
    why: "Preact's dangerouslySetInnerHTML branch; Verbatim never passes that prop (ESLint rule + tests/unit/security-conventions.test.ts)",
  },
];

interface Hit extends Finding {
  /** Up to 400 characters of code before the finding and 80 after. */
  context: string;
}

function bundleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...bundleFiles(path));
    else if (['.js', '.mjs'].includes(extname(entry.name))) out.push(path);
  }
  return out;
}

/** Every forbidden API in the build's scripts, found in their syntax trees (object keys and strings do not count). */
function hits(dir: string): Hit[] {
  return bundleFiles(dir).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return scanSource(relative(dir, path), text).map((f) => ({ ...f, context: text.slice(Math.max(0, f.pos - 400), f.pos + 80) }));
  });
}

function unexplained(hit: Hit): boolean {
  return !EXPLAINED.some((e) => e.api === hit.api && e.context.test(hit.context));
}

function pages(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
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
        const bad = found.filter(unexplained).map((h) => `${h.file}:${h.line}:${h.column}: ${h.api} in …${h.context.slice(300)}`);
        expect(bad, 'Unexplained API in the bundle: remove it, or explain it in EXPLAINED and SECURITY.md').toEqual([]);
        // The explanations are still needed (each matches something), so the list cannot go stale unnoticed.
        for (const e of EXPLAINED) {
          expect(found.some((h) => h.api === e.api && e.context.test(h.context)), `no longer in the bundle: ${e.why} — drop it from EXPLAINED and SECURITY.md`).toBe(true);
        }
        // No remote script or style is referenced by any extension page.
        for (const page of pages(build.dir)) {
          expect(readFileSync(page, 'utf8'), relative(build.dir, page)).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
        }
      });

      it('asks only for the justified permissions, with the strict default CSP and no outside messaging', () => {
        const manifest = JSON.parse(readFileSync(join(build.dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
        expect(manifest.permissions).toEqual(PERMISSIONS);
        expect(manifest.optional_permissions).toBeUndefined();
        expect(manifest.host_permissions).toBeUndefined();
        expect(manifest.optional_host_permissions).toBeUndefined();
        // No CSP key: the browsers' strict defaults apply — Chrome MV3 `script-src 'self' 'wasm-unsafe-eval';
        // object-src 'self'`, Firefox MV2 `script-src 'self'; object-src 'self'` (no eval, no inline or remote code).
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
