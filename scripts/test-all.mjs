// `npm test`: type-check, lint, unit tests, builds, end-to-end tests (Chromium, Firefox); ends with one line
// "N passed, N failed" that sums every suite (a failed type-check or build counts as a failure).
// `npm run test:quick` (--quick): the inner loop, type-check, lint and unit tests side by side, no browser.
import { spawn, spawnSync } from 'node:child_process';
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

/** A vitest JSON report: its counts, and each failed test or file that failed to run. */
function vitestReport(suite, report) {
  // A file that failed without a failed test (it did not load, a hook threw) counts once; a
  // failed test counts once, not again for its file and describe blocks (numFailedTestSuites).
  let filesFailedToRun = 0;
  for (const file of report.testResults ?? []) {
    const name = path.relative(process.cwd(), file.name);
    const tests = file.assertionResults ?? [];
    if (file.status === 'failed' && tests.every((t) => t.status !== 'failed')) {
      filesFailedToRun += 1;
      failures.push(`${suite}: ${name}: ${firstLine(file.message)}`);
    }
    for (const t of tests) if (t.status === 'failed') failures.push(`${suite}: ${name} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
  }
  return { passed: report.numPassedTests, failed: report.numFailedTests + filesFailedToRun };
}

/** A Playwright JSON report: its counts, and each failed test. */
function playwrightReport(suite, report) {
  const walk = (node, titles) => {
    for (const spec of node.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected') continue;
        const error = t.results?.at(-1)?.error?.message;
        failures.push(`${suite}: ${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}: ${firstLine(error)}`);
      }
    }
    for (const child of node.suites ?? []) walk(child, child.title && !child.title.endsWith('.ts') ? [...titles, child.title] : titles);
  };
  for (const node of report.suites ?? []) walk(node, []);
  const s = report.stats;
  return { passed: s.expected + (s.flaky ?? 0), failed: s.unexpected };
}

/** Adds a suite's JSON report to the sums; a missing report, or one with no test, is a failure. */
function count(suite, file, read) {
  if (!existsSync(file)) {
    failed += 1;
    failures.push(`${suite}: no report`);
    console.log(`✖ ${suite} wrote no report`);
    return;
  }
  const tally = read(suite, JSON.parse(readFileSync(file, 'utf8')));
  passed += tally.passed;
  failed += tally.failed;
  if (tally.passed + tally.failed === 0) {
    failed += 1;
    failures.push(`${suite}: no test ran`);
  }
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

/** Runs checks side by side (each is one process on one core), then prints each one's output whole. */
async function checksTogether(checks) {
  const results = await Promise.all(checks.map(([title, command, args]) => new Promise((resolve) => {
    const stageStarted = Date.now();
    const child = spawn(command, args, { env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ title, output, ok: code === 0, took: seconds(stageStarted) }));
  })));
  for (const { title, output, ok, took } of results) {
    console.log(`\n=== ${title} ===\n${output.trimEnd()}\n--- ${title}: ${took}`);
    if (!ok) {
      failed += 1;
      failures.push(`${title} failed`);
      console.log(`✖ ${title} failed`);
    }
  }
}

const quick = process.argv.includes('--quick');
const vitestJson = path.join(reports, 'vitest.json');
const unitTests = ['unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]];
await checksTogether([
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['lint (eslint, 0 warnings)', 'npm', ['run', '--silent', 'lint']],
  ...(quick ? [unitTests] : []),
]);
if (!quick) run(...unitTests);
count('unit', vitestJson, vitestReport);
if (quick) finish();

if (step('build (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox'])) {
  step('web-ext lint (firefox, 0 errors)', 'node', ['scripts/lint-firefox.mjs']);
  // Firefox suite: the MV2 build in Debian's Firefox ESR over WebDriver BiDi (tests/firefox/).
  if (step('firefox', 'node', ['scripts/ensure-firefox.mjs'])) {
    const firefoxJson = path.join(reports, 'firefox.json');
    run('end-to-end tests (firefox)', 'npx', ['vitest', 'run', '--config', 'tests/firefox/vitest.firefox.config.ts',
      '--reporter=default', '--reporter=json', `--outputFile.json=${firefoxJson}`], { PUPPETEER_SKIP_DOWNLOAD: '1' });
    count('firefox', firefoxJson, vitestReport);
  }
}

if (step('build (chrome-mv3)', 'npx', ['wxt', 'build']) && step('chromium', 'node', ['scripts/ensure-chromium.mjs'])) {
  const playwrightJson = path.join(reports, 'playwright.json');
  run('end-to-end tests (playwright)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
  count('playwright', playwrightJson, playwrightReport);
}

finish();

/** The closing lines: the time, each failure once more, then "N passed, N failed". */
function finish() {
  console.log(`\nall suites: ${seconds(started)}`);
  if (failures.length > 0) console.log(`\nfailures:\n${failures.map((f) => `  ✖ ${f}`).join('\n')}`);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
