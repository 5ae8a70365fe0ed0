import { defineConfig } from '@playwright/test';

/** `npm run bench`: measurements, not tests; one worker so that nothing else competes for the CPU. */
export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  outputDir: '../e2e/.artifacts/bench/output',
  timeout: 10 * 60_000,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'off' },
});
