/**
 * End-to-end tests: real Chromium and Firefox with the e2e build installed (tests/e2e/run.ts runs this).
 * One file at a time: each launches two browsers, and parallel browsers only make slow CI machines flaky.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    // Browser launch, extension install and database seeding take seconds each on a slow machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
