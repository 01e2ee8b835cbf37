/**
 * Bundles the CLI (scripts/cli.ts) into one self-contained file, dist/verbatim.mjs: the compiled corpus
 * and every dependency are inlined, so `node dist/verbatim.mjs` needs nothing else (not even node_modules).
 */
import { build } from 'esbuild';
import { chmodSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist/verbatim.mjs');
const started = performance.now();

await build({
  entryPoints: [join(root, 'scripts/cli.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // JSON (generated/corpus.json) is bundled by esbuild's default `json` loader.
  loader: { '.json': 'json' },
  tsconfig: join(root, 'tsconfig.json'),
  // Some bundled packages are CommonJS and call `require` for Node built-ins; ESM has no `require`, so give them one.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __verbatimCreateRequire } from 'node:module';\nconst require = __verbatimCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);

const kb = Math.round(statSync(outfile).size / 1024);
console.log(`dist/verbatim.mjs: ${kb} KiB (${Math.round(performance.now() - started)} ms)`);
