import { defineConfig } from '@playwright/test';
export default defineConfig({ testDir: '.', testMatch: 'explore.spec.ts', outputDir: '../e2e/.artifacts/bench/explore', timeout: 600_000, workers: 1, reporter: [['list']] });
