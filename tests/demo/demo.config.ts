import { defineConfig } from '@playwright/test';

/** `npm start`: the demo walk, one screenshot per step into demo-screenshots/. */
export default defineConfig({
  testDir: '.',
  testMatch: 'demo.spec.ts',
  outputDir: '../e2e/.artifacts/demo',
  timeout: 180_000,
  workers: 1,
  reporter: [['list']],
});
