import { defineConfig } from '@playwright/test';

/** End-to-end tests: the built extension in Debian's Chromium, against replica Meta pages. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/e2e/.artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each test launches its own browser with a fresh profile, so tests need not share a worker
  // with the rest of their file. The tests mostly wait (late renders, the guide's timers): on 2
  // cores, 3 workers keep the CPU at about two thirds (measured) and the suite within budget.
  fullyParallel: true,
  workers: Number(process.env.OPPOSER_E2E_WORKERS) || 3,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'only-on-failure' },
});
