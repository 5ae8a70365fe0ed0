// `npm run bench`: builds and zips the extension, makes sure Chromium is there, then runs the
// Playwright benchmark (tests/bench/, one file per figure: sizes, startup, window, highlight,
// popup .bench.ts), which measures Opposer next to its floor (an extension of the same shape that
// does nothing, tests/bench/floor.ts, generated in a temp dir) and no extension; its global
// teardown (tests/bench/report-all.ts) prints every figure with its floor, the ratio, its goal and
// met / not met, and rewrites the README's bench section when every figure was measured.
// Never fails for slowness; fails when it cannot measure.
// BENCH_ROUNDS (default 6): feed rounds per mode; BENCH_QUIET_WAIT_S (default 90): how long to wait
// for other processes to leave the CPU idle. Only some figures (README untouched): their files as
// arguments, `npm run bench -- popup highlight`, or BENCH_ONLY=sizes,startup,window,highlight,popup
// (`feed` stands for startup and window). BENCH_NO_BUILD=1: measure the build already in .output.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const started = Date.now();

function run(title, command, args) {
  console.log(`\n=== ${title} ===`);
  const t = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(`=== ${title}: ${result.status === 0 ? 'done' : 'FAILED'} in ${((Date.now() - t) / 1000).toFixed(1)} s ===`);
  if (result.status !== 0) {
    console.error(`bench: "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

const only = [
  ...process.argv.slice(2),
  ...(process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean).flatMap((s) => (s === 'feed' ? ['startup', 'window'] : [s])),
].map((name) => `${name.replace(/\.bench\.ts$/, '')}.bench.ts`);

if (!process.env.BENCH_NO_BUILD) {
  run('build (chrome-mv3)', 'npx', ['wxt', 'build']);
  run('zip (chrome)', 'npx', ['wxt', 'zip']);
}
run('chromium', 'node', ['scripts/ensure-chromium.mjs']);
run('bench (playwright)', 'npx', ['playwright', 'test', '--config', 'tests/bench/bench.config.ts', ...only]);
console.log(`\nbench finished in ${((Date.now() - started) / 1000).toFixed(0)} s; figures above and in README.md (Performance).`);
