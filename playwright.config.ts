import { defineConfig } from '@playwright/test';

/** End-to-end tests: the built extension in Debian's Chromium, against replica Meta pages. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/e2e/.artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each test launches its own browser with a fresh profile, so tests need not share a worker
  // with the rest of their file: the long files no longer hold one worker to the end. 3 workers
  // on 2 cores made timing-bound tests flaky (measured): 2.
  fullyParallel: true,
  workers: Number(process.env.OPPOSER_E2E_WORKERS) || 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'only-on-failure' },
});
