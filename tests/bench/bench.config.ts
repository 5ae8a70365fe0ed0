import { defineConfig } from '@playwright/test';

/**
 * `npm run bench` (scripts/bench.mjs): measurements, not tests. One file per figure
 * (*.bench.ts), one worker so that nothing else competes for the CPU. The global setup copies
 * the build and waits for a quiet machine; the global teardown prints the table and rewrites
 * README's bench section.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '.results/output',
  globalSetup: './setup.ts',
  globalTeardown: './report-all.ts',
  timeout: 10 * 60_000,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'off' },
});
