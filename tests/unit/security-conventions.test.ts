/**
 * Security conventions of the source tree (SECURITY.md): no API that parses text as markup, runs text as code,
 * injects scripts or talks to the network appears in the extension's code (entrypoints/, components/, utils/),
 * unless the allow-list below names the file and says why.
 *
 * The scan walks the TypeScript syntax tree, so comments and strings that merely mention an API do not count,
 * while `el['innerHTML']`, `globalThis.fetch` or `setTimeout('code')` do. ESLint (eslint.config.js) already bans
 * some of these at the line where they are typed; this test is the net that also covers what lint rules miss
 * (network APIs, `document.write`, `Function(...)` without `new`, element-access spellings).
 * The built bundles, where libraries are included, are scanned by tests/e2e/security-bundles.e2e.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSource, type Finding } from '../support/forbidden-apis';

const ROOT = process.cwd();
const SCANNED_DIRS = ['entrypoints', 'components', 'utils'];
const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.jsx']);

/**
 * Known, justified uses: `file` (relative, with forward slashes), `api` as reported, and why it is safe.
 * Every entry must still match a finding, so the list cannot go stale.
 */
const ALLOWED: Array<{ file: string; api: string; reason: string }> = [];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (SOURCE_EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function scanTree(): Finding[] {
  return SCANNED_DIRS.flatMap((dir) =>
    sourceFiles(join(ROOT, dir)).map((path) => scanSource(relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8'))).flat(),
  );
}

describe('security conventions: forbidden APIs in the source tree', () => {
  it('the scanner finds every forbidden API, however it is spelled, and ignores mentions in comments and strings', () => {
    const source = [
      '// innerHTML, eval(), fetch() in a comment are fine',
      'const doc = "document.write(\'<b>\') in a string is fine";',
      'el.innerHTML = text;',
      'el.outerHTML;',
      'el.insertAdjacentHTML("beforeend", text);',
      'el["innerHTML"] = text;',
      'frame.srcdoc = text;',
      'range.createContextualFragment(text);',
      'document.write(text);',
      'window.document.writeln(text);',
      'eval(code);',
      'new Function(code);',
      'Function(code)();',
      'fetch("https://example.com");',
      'globalThis.fetch(url);',
      'window["fetch"](url);',
      'new XMLHttpRequest();',
      'new WebSocket(url);',
      'new EventSource(url);',
      'navigator.sendBeacon(url, data);',
      'importScripts(url);',
      'new RTCPeerConnection();',
      'chrome.tabs.executeScript(id, { code });',
      'setTimeout("alert(1)", 0);',
      'window.setInterval(`tick()`, 10);',
      'const ok = { fetch: 1, eval: 2 }; ok.fetch; ok.eval; type F = Function; Function.call.bind(has); f instanceof Function;',
    ].join('\n');
    const apis = scanSource('probe.ts', source).map((f) => `${f.line}:${f.api}`);
    expect(apis).toEqual([
      '3:innerHTML', '4:outerHTML', '5:insertAdjacentHTML', '6:innerHTML', '7:srcdoc', '8:createContextualFragment',
      '9:document.write', '10:document.writeln', '11:eval', '12:Function', '13:Function', '14:fetch', '15:fetch', '16:fetch',
      '17:XMLHttpRequest', '18:WebSocket', '19:EventSource', '20:sendBeacon', '21:importScripts', '22:RTCPeerConnection',
      '23:executeScript', '24:setTimeout(string)', '25:window.setInterval(string)',
    ]);
    expect(scanSource('probe.tsx', 'const a = <div dangerouslySetInnerHTML={{ __html: x }} />;').map((f) => f.api)).toEqual(['dangerouslySetInnerHTML']);
  });

  it('entrypoints/, components/ and utils/ use none outside the allow-list', () => {
    const findings = scanTree();
    const allowed = (f: Finding) => ALLOWED.some((a) => a.file === f.file && a.api === f.api);
    const unexpected = findings.filter((f) => !allowed(f)).map((f) => `${f.file}:${f.line} uses ${f.api}`);
    expect(unexpected, 'Forbidden API in extension code. Use textContent / DOM nodes instead of markup, bundle data instead of fetching it, or add an ALLOWED entry with a reason (and a line in SECURITY.md).').toEqual([]);
    // A stale allow-list entry would silently permit the next use.
    const stale = ALLOWED.filter((a) => !findings.some((f) => f.file === a.file && f.api === a.api));
    expect(stale).toEqual([]);
    for (const a of ALLOWED) expect(a.reason.length, `${a.file}: give a reason`).toBeGreaterThan(20);
  });

  it('scans a real tree: the three directories hold the extension code', () => {
    const files = SCANNED_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(join('entrypoints', 'background', 'index.ts')))).toBe(true);
    expect(files.some((f) => f.endsWith(join('entrypoints', 'content', 'index.ts')))).toBe(true);
  });
});
