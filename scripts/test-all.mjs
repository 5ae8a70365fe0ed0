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
/** One line per failure, repeated at the very end: CI shows the tail of the log. */
const failures = [];
const firstLine = (text) => String(text ?? '').replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n')[0].slice(0, 200);

/** Failures in a vitest JSON report: each failed test, and each file that failed to run. */
function vitestFailures(suite, report) {
  for (const file of report.testResults ?? []) {
    const name = path.relative(process.cwd(), file.name);
    if (file.status === 'failed' && (file.assertionResults ?? []).every((t) => t.status !== 'failed')) failures.push(`${suite}: ${name}: ${firstLine(file.message)}`);
    for (const t of file.assertionResults ?? []) if (t.status === 'failed') failures.push(`${suite}: ${name} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
  }
}

/** Failures in a Playwright JSON report. */
function playwrightFailures(report) {
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected') continue;
        const error = t.results?.at(-1)?.error?.message;
        failures.push(`playwright: ${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, child.title && !child.title.endsWith('.ts') ? [...titles, child.title] : titles);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
}

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
    failures.push(`${title} failed`);
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
  vitestFailures('unit', r);
} else {
  failed += 1;
  failures.push('vitest wrote no report');
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
      vitestFailures('firefox', r);
      if (r.numTotalTests === 0) {
        failed += 1;
        failures.push('firefox: no test ran');
      }
    } else {
      failed += 1;
      failures.push('the Firefox suite wrote no report');
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
    const report = JSON.parse(readFileSync(playwrightJson, 'utf8'));
    const s = report.stats;
    passed += s.expected + (s.flaky ?? 0);
    failed += s.unexpected;
    playwrightFailures(report);
    if (s.expected + s.unexpected + (s.flaky ?? 0) === 0) {
      failed += 1;
      failures.push('playwright: no test ran');
    }
  } else {
    failed += 1;
    failures.push('playwright wrote no report');
    console.log('✖ playwright wrote no report');
  }
}

console.log(`\nall suites: ${seconds(started)}`);
if (failures.length > 0) console.log(`\nfailures:\n${failures.map((f) => `  ✖ ${f}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
