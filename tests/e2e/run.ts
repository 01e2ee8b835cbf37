/**
 * `npm run test:e2e`: runs every tests/e2e/**\/*.e2e.ts with vitest (vitest.e2e.config.ts), one file at a time.
 * Builds the e2e extension first when it is missing. Extra arguments go to vitest
 * (`npm run test:e2e -- foundation` runs one file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { E2E_BUILDS, ROOT } from './support/paths';

if (!existsSync(E2E_BUILDS.chromium) || !existsSync(E2E_BUILDS.firefox)) {
  console.log('e2e build missing: running `npm run build:e2e`');
  const built = spawnSync('npm', ['run', '--silent', 'build:e2e'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
