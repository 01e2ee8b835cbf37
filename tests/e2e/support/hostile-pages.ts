/**
 * Hostile and heavy pages for the hardening e2e tests (issue 8), made on the fly and served by the fixture
 * server (`addPage`), so no megabytes of fixtures are committed: 50,000 paragraphs, a 5 MB text node, 10,000
 * quotation marks, a page that mutates every frame, a page that fights Verbatim's UI, a page that overrides
 * built-ins, deep shadow DOMs, markup inside quotes and right-to-left text.
 *
 * Every page is an article (og:type) so Verbatim runs on it, and records in `window.__longTasks` the long tasks
 * Chromium reports (Firefox has no Long Tasks API: the tests read Verbatim's own measurement there) and in
 * `window.__pageErrors` its uncaught errors.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FixtureServer } from './server';
import { waitUntil, type PageUnderTest } from './page-helpers';
import { SCREENSHOTS_DIR } from './paths';

/** Where the hostile tests write what they measured (quoted in README "On the news page"). */
const TIMINGS = join(SCREENSHOTS_DIR, 'hostile-timings.json');

/** A sentence of the corpus (Erdoğan on trade), checked as a verbatim quote. */
export const REAL_QUOTE = 'We have set a goal of $100 billion and I believe we will achieve it';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Runs first in every hostile page: long tasks (Chromium) and uncaught errors, before any extension code. */
const PROBE = `<script>
window.__longTasks = [];
try { new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { window.__longTasks.push([e.startTime, e.duration]); }); }).observe({ type: 'longtask', buffered: true }); } catch (e) {}
window.__pageErrors = [];
window.addEventListener('error', function (e) { window.__pageErrors.push(String(e.message)); });
</script>`;

function page(title: string, body: string, options: { head?: string; htmlAttrs?: string } = {}): string {
  return `<!doctype html><html ${options.htmlAttrs ?? 'lang="en"'}><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">${PROBE}${options.head ?? ''}
<style>body{font-family:Georgia,serif;max-width:720px;margin:20px auto;line-height:1.5}</style></head>
<body>${body}</body></html>`;
}

const LEAD = `<h1>Leaders meet in Astana</h1><p>Recep Tayyip Erdogan met Vladimir Putin at the SCO summit. “${REAL_QUOTE},” Erdogan said.</p>`;

/** 50,000 paragraphs (~4.5 MB of HTML), four mentions each: far over Verbatim's 25,000-mention limit. */
export function fiftyThousandParagraphs(): string {
  const parts: string[] = [LEAD];
  for (let i = 0; i < 50_000; i++) parts.push(`<p>Item ${i}: Vladimir Putin and Xi Jinping spoke about the SCO in Astana.</p>`);
  return page('50,000 paragraphs', `<article>${parts.join('\n')}</article>`);
}

/** One text node of 5 MB, with a name every ~1,000 characters, after a normal paragraph with a real quote. */
export function hugeTextNode(): string {
  const filler = 'The delegations continued their talks late into the evening while the press waited outside the hall. ';
  const unit = `${filler.repeat(9)}Vladimir Putin spoke. `;
  const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
  return page('A 5 MB text node', `<article>${LEAD}<p>${text}</p></article>`);
}

/** 10,000 quotation marks: balanced curly and straight quotes, unbalanced openers and stray closers. */
export function quoteStorm(): string {
  const parts: string[] = [LEAD];
  // 2,000 paragraphs × 5 marks = 10,000 marks (plus the lead's two).
  for (let i = 0; i < 2000; i++) parts.push(`<p>Note ${i}: “a remark ${i} about trade” and "another ${i}" then “an opener that never closes, and a stray closer” in Astana.</p>`);
  return page('10,000 quotation marks', `<article>${parts.join('\n')}</article>`);
}

/** A page that changes its DOM every animation frame: a ticker, paragraphs added and removed, a rebuild every 2 s. */
export function mutatesEveryFrame(): string {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Update ${i}: Alexander Lukashenko discussed the SCO.</p>`).join('');
  const script = `<script>
document.addEventListener('DOMContentLoaded', function () {
  var live = document.getElementById('live'), feed = document.getElementById('feed'), frame = 0;
  window.__frames = 0;
  function tick() {
    frame++; window.__frames = frame;
    live.textContent = 'Live ' + frame + ': Xi Jinping is speaking';
    var p = document.createElement('p'); p.textContent = 'Flash ' + frame + ': the Emir of Qatar arrived.'; feed.appendChild(p);
    if (feed.children.length > 20) feed.removeChild(feed.firstChild);
    document.body.setAttribute('data-frame', String(frame % 2));
    if (frame % 120 === 0) { var a = document.getElementById('rebuild'); a.innerHTML = a.innerHTML; }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
});
</script>`;
  return page('Mutates every frame', `<article>${LEAD}<p id="live">Live</p><div id="feed"></div><div id="rebuild">${paragraphs}</div></article>`, { head: script });
}

/**
 * A page that removes Verbatim's host element as soon as it appears (`always`), or once, then hides it and
 * drops the page's adopted stylesheets (`once`).
 */
export function removesVerbatim(mode: 'once' | 'always'): string {
  const script = `<script>
window.__removed = 0;
new MutationObserver(function () {
  var host = document.querySelector('verbatim-ui');
  if (!host) return;
  if (${mode === 'always' ? 'true' : 'window.__removed === 0'}) { window.__removed++; host.remove(); }
}).observe(document.documentElement, { childList: true });
${
  mode === 'once'
    ? `setTimeout(function () {
  var host = document.querySelector('verbatim-ui');
  if (host) { host.style.display = 'none'; host.setAttribute('hidden', ''); }
  document.adoptedStyleSheets = [];
  var p = document.createElement('p'); p.textContent = 'Later: Xi Jinping arrived.'; document.querySelector('article').appendChild(p);
  window.__tampered = true;
}, 2500);`
    : ''
}
</script>`;
  return page(`Removes Verbatim (${mode})`, `<article>${LEAD}<p>Xi Jinping and Shehbaz Sharif were also in Astana.</p></article>`, { head: script });
}

/**
 * A page that overrides what a content script might use: `window.chrome` and `window.browser`, Node.prototype
 * methods and the textContent getter, Array.prototype.map, JSON.parse and MutationObserver. Every override
 * records its call in `window.__hijacked` and throws or lies, so a content script that saw them would fail.
 * The page keeps working with the originals it saved, and adds a paragraph after load.
 */
export function overridesBuiltins(): string {
  const script = `<script>
(function () {
  var hijacked = window.__hijacked = [];
  var appendChild = Node.prototype.appendChild, insertBefore = Node.prototype.insertBefore;
  var fake = { runtime: { id: 'evil', sendMessage: function () { hijacked.push('runtime.sendMessage'); throw new Error('hijacked sendMessage'); }, onMessage: { addListener: function () { hijacked.push('onMessage'); } } }, storage: { local: { get: function () { hijacked.push('storage.get'); throw new Error('hijacked storage'); } } } };
  window.chrome = fake; window.browser = fake;
  Node.prototype.appendChild = function (c) { if (c && c.localName === 'verbatim-ui') { hijacked.push('appendChild'); throw new Error('hijacked appendChild'); } return appendChild.call(this, c); };
  Node.prototype.insertBefore = function (c, r) { if (c && c.localName === 'verbatim-ui') { hijacked.push('insertBefore'); throw new Error('hijacked insertBefore'); } return insertBefore.call(this, c, r); };
  Object.defineProperty(Node.prototype, 'textContent', { configurable: true, get: function () { hijacked.push('textContent'); return 'hijacked'; }, set: function () { hijacked.push('textContent='); } });
  var map = Array.prototype.map;
  window.__map = map;
  Array.prototype.map = function () { hijacked.push('map'); return []; };
  var parse = JSON.parse;
  window.__parse = parse;
  JSON.parse = function () { hijacked.push('JSON.parse'); throw new Error('hijacked JSON.parse'); };
  window.MutationObserver = function () { hijacked.push('MutationObserver'); throw new Error('hijacked MutationObserver'); };
  window.__addLater = function () { var p = document.createElement('p'); p.append('Later: Shehbaz Sharif met Alexander Lukashenko.'); document.querySelector('article').append(p); };
})();
</script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Overrides"}</script>`;
  return page('Overrides built-ins', `<article>${LEAD}<p>Xi Jinping and Shehbaz Sharif were also in Astana.</p></article>`, { head: script });
}

/** Text in open shadow roots nested 100 deep, and in a closed one; the light DOM has its own names. */
export function deepShadow(): string {
  const script = `<script>
document.addEventListener('DOMContentLoaded', function () {
  var parent = document.getElementById('shadow-host');
  for (var i = 0; i < 100; i++) {
    var root = parent.attachShadow({ mode: 'open' });
    var p = document.createElement('p'); p.textContent = 'Level ' + i + ': Alexander Lukashenko in a shadow root.';
    var next = document.createElement('div');
    root.append(p, next);
    parent = next;
  }
  var closed = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
  var q = document.createElement('p'); q.textContent = 'Qatar in a closed shadow root.'; closed.append(q);
  window.__shadowDepth = 100;
});
</script>`;
  return page('Deep shadow DOM', `<article>${LEAD}<p>Xi Jinping and Shehbaz Sharif were also in Astana.</p><div id="shadow-host"></div><div id="closed-host"></div></article>`, { head: script });
}

/**
 * Markup-like strings inside quotes and in the title. Rendered as markup anywhere (page, Verbatim's UI, the
 * report), they would request `beacon` (the test counts the requests) or set `window.__pwned`.
 */
export function markupInQuotes(beacon: string): string {
  const img = `<img src="${beacon}/img" onerror="window.__pwned=1;fetch('${beacon}/onerror')">`;
  const svg = `<svg onload="window.__pwned=2"></svg>`;
  const script = `<script>window.__pwned=3</script>`;
  const quote1 = `${img} We have set a goal of $100 billion and I believe we will achieve it`;
  const quote2 = `${script}${svg} Relations between our countries are progressing despite the current challenges in the world`;
  return page(
    escapeHtml(`Markup ${img}`),
    `<article>${LEAD}<p>Erdogan said: “${escapeHtml(quote1)}.”</p><p>Putin said: “${escapeHtml(quote2)},” in Astana.</p><p>A straight-quoted one: "${escapeHtml(img)} This is a long string of words in straight quotes said by Xi Jinping at the summit."</p></article>`,
  );
}

/** Arabic and Hebrew paragraphs (a right-to-left page) with English names and an English quote inside. */
export function rightToLeft(): string {
  return page(
    'قمة أستانا',
    `<article><h1>قمة منظمة شنغهاي للتعاون في أستانا</h1>
<p>التقى Recep Tayyip Erdogan بالرئيس Vladimir Putin في أستانا. وقال أردوغان: “${REAL_QUOTE}” وأضاف أن التجارة ستنمو.</p>
<p>وحضر Xi Jinping القمة أيضاً، وتحدث عن منظمة SCO والتعاون الإقليمي في آسيا الوسطى.</p>
<p lang="he" dir="rtl">Narendra Modi לא הגיע לפסגה באסטנה, אבל Shehbaz Sharif נאם בפני המנהיגים.</p></article>`,
    { htmlAttrs: 'lang="ar" dir="rtl"' },
  );
}

/** Registers every hostile page on the server under /hostile/…; `beacon` is the markup page's trap URL. */
export function addHostilePages(server: FixtureServer, beacon: string, which: 'heavy' | 'adversarial'): void {
  if (which === 'heavy') {
    server.addPage('/hostile/fifty-thousand.html', fiftyThousandParagraphs());
    server.addPage('/hostile/huge-text-node.html', hugeTextNode());
    server.addPage('/hostile/quote-storm.html', quoteStorm());
    server.addPage('/hostile/every-frame.html', mutatesEveryFrame());
    return;
  }
  server.addPage('/hostile/removes-once.html', removesVerbatim('once'));
  server.addPage('/hostile/removes-always.html', removesVerbatim('always'));
  server.addPage('/hostile/overrides.html', overridesBuiltins());
  server.addPage('/hostile/deep-shadow.html', deepShadow());
  server.addPage('/hostile/markup.html', markupInQuotes(beacon));
  server.addPage('/hostile/rtl.html', rightToLeft());
}

/** A server that only counts requests: markup rendered by mistake would call it. */
export async function startBeacon(): Promise<{ base: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Verbatim's host attributes as raw strings (parsed in Node: a hostile page may have replaced JSON.parse). */
export interface RawHost {
  state: string | null;
  mentions: string | null;
  quotes: string | null;
  capped: string | null;
  timing: string | null;
  started: string | null;
  highlights: string | null;
  error: string | null;
  longest: string | null;
}

export interface HostileReading {
  state: string | null;
  mentions: number;
  quotes: number;
  capped: string[];
  highlights: Array<{ name: string; text: string }>;
  timing: { longestSliceMs: number; longestTaskMs: number; busyMs: number; slices: number; firstScanMs: number; mentionRequests: number; painted: number } | null;
  error: string | null;
  /** Chromium: long tasks (ms) that started after Verbatim did. Firefox: null (no Long Tasks API). */
  longTasks: number[] | null;
  /** The source of Verbatim's longest piece of work (e2e build), to see what a page made slow. */
  what: string | null;
}

/** Runs in the page: the host's attributes and the long tasks since Verbatim started, with no built-in a page could replace. */
export function readRaw(): { host: RawHost | null; longTasks: Array<[number, number]> | null } {
  const host = document.querySelector('verbatim-ui:not([data-verbatim-standalone])');
  const get = (name: string) => (host ? host.getAttribute(name) : null);
  const w = window as unknown as { __longTasks?: Array<[number, number]> };
  return {
    host: host
      ? {
          state: get('data-verbatim-state'),
          mentions: get('data-verbatim-mentions'),
          quotes: get('data-verbatim-quotes'),
          capped: get('data-verbatim-capped'),
          timing: get('data-verbatim-timing'),
          started: get('data-verbatim-started'),
          highlights: get('data-verbatim-highlights'),
          error: get('data-verbatim-error'),
          longest: get('data-verbatim-longest'),
        }
      : null,
    longTasks: w.__longTasks ?? null,
  };
}

export async function readHostile(page: PageUnderTest, browser: string): Promise<HostileReading | null> {
  const raw = await page.evaluate(readRaw);
  if (!raw.host) return null;
  const h = raw.host;
  const started = Number(h.started ?? 0);
  return {
    state: h.state,
    mentions: Number(h.mentions ?? 0),
    quotes: Number(h.quotes ?? 0),
    capped: (h.capped ?? '').split(' ').filter(Boolean),
    highlights: JSON.parse(h.highlights ?? '[]') as HostileReading['highlights'],
    timing: JSON.parse(h.timing ?? 'null') as HostileReading['timing'],
    error: h.error,
    what: h.longest,
    longTasks: browser === 'chromium' && raw.longTasks ? raw.longTasks.filter(([start]) => start >= started).map(([, d]) => d) : null,
  };
}

/** Waits until Verbatim is ready on a hostile page (state "ready" with its quotes checked). */
export async function waitForReady(page: PageUnderTest, browser: string, timeoutMs = 60_000): Promise<HostileReading> {
  await waitUntil(
    page,
    () => {
      const host = document.querySelector('verbatim-ui:not([data-verbatim-standalone])');
      return host && host.getAttribute('data-verbatim-state') === 'ready' && host.hasAttribute('data-verbatim-quotes') && host.hasAttribute('data-verbatim-timing') ? true : null;
    },
    undefined,
    timeoutMs,
    'Verbatim to be ready on the hostile page',
  );
  return (await readHostile(page, browser))!;
}

/** The longest task Verbatim caused: Chromium's long tasks after it started, else (and also) its own measurement. */
export function longestTask(r: HostileReading): number {
  return Math.max(r.timing?.longestTaskMs ?? 0, r.timing?.longestSliceMs ?? 0, ...(r.longTasks ?? []));
}

/** Adds one page's figures for one browser to hostile-timings.json. */
export function record(browser: string, name: string, r: HostileReading, extra: Record<string, unknown> = {}): void {
  let all: Record<string, Record<string, unknown>> = {};
  try {
    all = JSON.parse(readFileSync(TIMINGS, 'utf8')) as typeof all;
  } catch {
    // First run: no file yet.
  }
  const t = r.timing as (HostileReading['timing'] & { longestStepMs?: number }) | null;
  all[name] = {
    ...all[name],
    [browser]: { longestTaskMs: Math.round(longestTask(r) * 10) / 10, verbatimLongestMs: t?.longestTaskMs, longestSliceMs: t?.longestSliceMs, longestStepMs: t?.longestStepMs, busyMs: t?.busyMs, longTasksAfterStart: r.longTasks, mentions: r.mentions, quotes: r.quotes, capped: r.capped, longestWork: r.what?.slice(0, 80), ...extra },
  };
  // The screenshots folder is git-ignored: a fresh clone does not have it.
  mkdirSync(dirname(TIMINGS), { recursive: true });
  writeFileSync(TIMINGS, JSON.stringify(all, null, 2));
}
