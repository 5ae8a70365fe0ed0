import { defineConfig } from 'vitest/config';

/**
 * The Firefox suite: the built MV2 add-on in Debian's Firefox ESR over WebDriver BiDi.
 * `npx wxt build -b firefox && npm run test:firefox`. One file at a time: each shares one
 * browser between its tests, and the machine has two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
