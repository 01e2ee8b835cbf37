import { bundleScanner } from '../highlight';
import { makePages } from '../fixtures';
import { startServer } from '../../e2e/support/server';
import { chromium } from 'playwright-core';
const server = await startServer();
const pages = makePages(); for (const p of pages) server.addPage(p.path, p.html);
const scanner = await bundleScanner();
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: 1280, height: 800 } });
for (const name of ['10k','100k','100k','100k']) {
  const page = await ctx.newPage(); await page.goto(server.url(`/bench-${name}.html`));
  await page.addScriptTag({ content: scanner });
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
  console.log(name, await page.evaluate('window.__verbatimScan()'));
  await page.close();
}
await b.close(); await server.close();
