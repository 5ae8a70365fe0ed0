/**
 * Runs only the replica's own spec (tests/e2e/replica.spec.ts), independently of the project's
 * playwright.config.ts:
 *   npx playwright test tests/e2e/replica.spec.ts --config=tests/replica/playwright.replica.config.ts
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '../e2e',
  testMatch: 'replica.spec.ts',
  workers: 1,
  reporter: 'list',
  timeout: 30_000,
  outputDir: '../../test-results/replica',
});
