import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const UNIT = ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'];
/** Sets the process's TZ, which only a process of its own follows. */
const TIME_ZONE = ['tests/unit/record/followup-timing.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // happy-dom has no layout: elements put far off the page get a box there (see the file).
    setupFiles: ['tests/unit/setup/off-page-boxes.ts'],
    mockReset: true,
    restoreMocks: true,
    projects: [
      // Threads sharing one environment per worker: 16 s instead of 73 s on 2 cores (measured),
      // most of it happy-dom set up anew for each file. Files reset what they use
      // (fakeBrowser.reset(), vi.resetModules() where a module keeps state).
      { extends: true, test: { name: 'unit', include: UNIT, exclude: TIME_ZONE, pool: 'threads', isolate: false } },
      { extends: true, test: { name: 'time zone', include: TIME_ZONE, pool: 'forks' } },
    ],
  },
});
