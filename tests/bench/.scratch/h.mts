import { runHighlight } from '../highlight';
import { makePages } from '../fixtures';
import { startServer } from '../../e2e/support/server';
const server = await startServer();
const t=performance.now();
const pages = makePages().filter(p => process.argv.includes(p.name));
const r = await runHighlight(server, pages, { browsers: process.argv.includes('ff') ? ['firefox'] : ['chromium'], log: console.log, contenders: process.argv.includes('noarr') ? ['verbatim','markRegExp'] : undefined });
console.table(r.cells); console.log(r.problems, r.terms, r.bundleBytes, performance.now()-t);
await server.close();
