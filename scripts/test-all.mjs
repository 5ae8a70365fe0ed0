// `npm test`: type-check, lint, unit tests, builds, end-to-end tests (Chromium, Firefox); ends with one line
// "N passed, N failed" that sums every suite (a failed type-check or build counts as a failure).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const reports = path.resolve('tests/.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
let passed = 0;
let failed = 0;

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

function run(title, command, args, extraEnv = {}) {
  console.log(`\n=== ${title} ===`);
  const stageStarted = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  console.log(`--- ${title}: ${seconds(stageStarted)}`);
  return result.status === 0;
}

function step(title, command, args) {
  if (!run(title, command, args)) {
    failed += 1;
    console.log(`✖ ${title} failed`);
    return false;
  }
  return true;
}

step('type-check', 'npx', ['tsc', '--noEmit']);
step('lint (eslint, 0 warnings)', 'npm', ['run', '--silent', 'lint']);

const vitestJson = path.join(reports, 'vitest.json');
run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
} else {
  failed += 1;
  console.log('✖ vitest wrote no report');
}

if (step('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox'])) {
  step('web-ext lint (firefox, 0 errors)', 'node', ['scripts/lint-firefox.mjs']);
  // Firefox suite: the MV2 build in Debian's Firefox ESR over WebDriver BiDi (tests/firefox/).
  if (step('firefox', 'node', ['scripts/ensure-firefox.mjs'])) {
    const firefoxJson = path.join(reports, 'firefox.json');
    run('end-to-end tests (firefox)', 'npx', ['vitest', 'run', '--config', 'tests/firefox/vitest.firefox.config.ts',
      '--reporter=default', '--reporter=json', `--outputFile.json=${firefoxJson}`], { PUPPETEER_SKIP_DOWNLOAD: '1' });
    if (existsSync(firefoxJson)) {
      const r = JSON.parse(readFileSync(firefoxJson, 'utf8'));
      passed += r.numPassedTests;
      failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
      if (r.numTotalTests === 0) failed += 1;
    } else {
      failed += 1;
      console.log('✖ the Firefox suite wrote no report');
    }
  }
}

if (step('build (chrome-mv3)', 'npx', ['wxt', 'build']) && step('chromium', 'node', ['scripts/ensure-chromium.mjs'])) {
  const playwrightJson = path.join(reports, 'playwright.json');
  run('end-to-end tests (playwright)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
  if (existsSync(playwrightJson)) {
    const s = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats;
    passed += s.expected + (s.flaky ?? 0);
    failed += s.unexpected;
    if (s.expected + s.unexpected + (s.flaky ?? 0) === 0) failed += 1;
  } else {
    failed += 1;
    console.log('✖ playwright wrote no report');
  }
}

console.log(`\nall suites: ${seconds(started)}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
