/**
 * `npm test`: every check, in order, stopping at the first failure.
 *
 *   typecheck (tsc --noEmit) → lint (eslint .) → unit tests (vitest run) → e2e build → e2e tests
 *
 * Each step prints its name and how long it took. The last line printed is always `N passed, M failed`
 * (tests across the unit and e2e runs) so CI can read it; a step that fails without running tests
 * (type errors, lint errors, a broken build) counts as one failure there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = mkdtempSync(join(tmpdir(), 'verbatim-test-'));
// Same defaults and overrides as tests/e2e/support/paths.ts.
const BROWSERS = [process.env.VERBATIM_CHROMIUM ?? '/usr/bin/chromium', process.env.VERBATIM_FIREFOX ?? '/usr/bin/firefox-esr'];
const INSTALL_BROWSERS = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium firefox-esr';

const totals = { passed: 0, failed: 0 };
const timings: string[] = [];

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function finish(code: number, message?: string): never {
  rmSync(reports, { recursive: true, force: true });
  if (timings.length) console.log(`\nsteps: ${timings.join(', ')}`);
  if (message) console.error(message);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

/** Runs one step; on failure prints why and stops everything. */
function step(name: string, command: string, args: string[], options: { report?: string; env?: NodeJS.ProcessEnv } = {}): void {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...options.env } });
  const took = seconds(performance.now() - started);
  timings.push(`${name} ${took}`);
  const counted = options.report ? countTests(options.report) : null;
  if (counted) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
  }
  if (result.status === 0) {
    console.log(`✔ ${name} (${took})`);
    return;
  }
  // A failure that produced no failing test (a crash, a type or lint error) still has to show in the summary.
  if (!counted || counted.failed === 0) totals.failed += 1;
  const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
  finish(1, `\n✖ ${name} failed (${why}, after ${took}). Fix it and run \`npm test\` again; later steps were not run.`);
}

/** Test counts from vitest's JSON reporter output, or null when vitest wrote none. */
function countTests(file: string): { passed: number; failed: number } | null {
  if (!existsSync(file)) return null;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  } catch {
    return null;
  }
}

function vitestReportArgs(file: string): string[] {
  return ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
}

/** The e2e tests need Debian's Chromium and Firefox ESR; as root we install them, otherwise we say how. */
function ensureBrowsers(): void {
  const missing = BROWSERS.filter((path) => !existsSync(path));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    totals.failed += 1;
    finish(1, `\n✖ e2e tests need ${missing.join(' and ')}. Install them as root with this command, then run \`npm test\` again:\n\n  ${INSTALL_BROWSERS}\n`);
  }
  step('install browsers', 'sh', ['-c', INSTALL_BROWSERS], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
  const stillMissing = BROWSERS.filter((path) => !existsSync(path));
  if (stillMissing.length) {
    totals.failed += 1;
    finish(1, `\n✖ ${stillMissing.join(' and ')} still missing after installing chromium and firefox-esr.`);
  }
}

const started = performance.now();
// tsc and vitest read .wxt/ (generated types, aliases); `npm ci` makes it, a bare checkout may not have it.
if (!existsSync(join(root, '.wxt/tsconfig.json'))) step('prepare', 'npx', ['wxt', 'prepare']);
// The compiled corpus (generated/) is read by the tests; it is rebuilt by the e2e build too.
if (!existsSync(join(root, 'generated/corpus.json'))) step('compile corpus', 'npm', ['run', '--silent', 'compile']);
step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
const unitReport = join(reports, 'unit.json');
step('unit tests', 'npx', ['vitest', 'run', '--passWithNoTests', ...vitestReportArgs(unitReport)], { report: unitReport });
step('e2e build', 'npm', ['run', '--silent', 'build:e2e']);
ensureBrowsers();
const e2eReport = join(reports, 'e2e.json');
step('e2e tests', 'npx', ['tsx', 'tests/e2e/run.ts', ...vitestReportArgs(e2eReport)], { report: e2eReport });
timings.push(`total ${seconds(performance.now() - started)}`);
finish(0);
