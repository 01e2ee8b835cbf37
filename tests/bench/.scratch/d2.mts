import { bundleScanner } from '../highlight';
import { makePages } from '../fixtures';
import { startServer } from '../../e2e/support/server';
import { chromium } from 'playwright-core';
const server = await startServer();
const pages = makePages(); for (const p of pages) server.addPage(p.path, p.html);
const scanner = await bundleScanner();
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: 1280, height: 800 } });
for (const name of process.argv.slice(2)) {
  const page = await ctx.newPage(); await page.goto(server.url(`/bench-${name}.html`));
  const cdp = await ctx.newCDPSession(page); await cdp.send('Performance.enable');
  await page.addScriptTag({ content: scanner });
  await page.addScriptTag({ content: `window.__lt=[];new PerformanceObserver(l=>l.getEntries().forEach(e=>__lt.push([Math.round(e.startTime),Math.round(e.duration)]))).observe({type:'longtask'})` });
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
  const m0 = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
  const r = await page.evaluate('window.__verbatimScan()');
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 60)))));
  const m1 = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
  const d = (k) => Math.round((m1[k]-m0[k])*1000);
  console.log(name, r, { task: d('TaskDuration'), script: d('ScriptDuration'), layout: d('LayoutDuration'), style: d('RecalcStyleDuration') }, (await page.evaluate('__lt')).slice(0,20), (await page.evaluate('__lt.length')));
  await page.close();
}
await b.close(); await server.close();
