// `npm start`: installs if needed, builds the extension, then walks the offline demo of Meta's
// pages in Chromium as a user would, saving one screenshot per step into demo-screenshots/.
// With a display (DISPLAY or WAYLAND_DISPLAY set) the browser is visible.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('node_modules/.bin/wxt')) run('npm', ['ci', '--no-audit', '--no-fund']);
run('npx', ['wxt', 'build']);
run('node', ['scripts/ensure-chromium.mjs']);
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
run('npx', ['playwright', 'test', '--config', 'tests/demo/demo.config.ts'], { OPPOSER_DEMO_HEADED: headed ? '1' : '' });
console.log('\nScreenshots of every step are in demo-screenshots/.');
