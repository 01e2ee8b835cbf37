import { runStartup } from '../startup';
import { startServer } from '../../e2e/support/server';
const server = await startServer();
const t = performance.now();
console.log(await runStartup(server, { launches: 2, popupRuns: 3, injectRuns: 3 }), performance.now() - t);
await server.close();
