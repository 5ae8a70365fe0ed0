// Makes sure what the Chromium tests need is there: Debian's Chromium, and pdftoppm (Debian's
// poppler-utils) with which the complaint kit's printed PDF is turned into pictures to look at.
// Installs what is missing with apt-get when we are root, otherwise says in one line what to
// install. Playwright never downloads a browser of its own.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const missing = [];
if (!existsSync(chromium)) missing.push({ pkg: 'chromium', what: `Chromium (looked for ${chromium}; or set CHROMIUM_PATH)` });
if (spawnSync('pdftoppm', ['-v']).error) missing.push({ pkg: 'poppler-utils', what: 'pdftoppm' });
if (missing.length > 0) {
  const packages = missing.map((m) => m.pkg).join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(`Missing ${missing.map((m) => m.what).join(' and ')}: install Debian's packages (apt-get install ${packages}).`);
    process.exit(1);
  }
  console.log(`Installing ${packages} from Debian packages…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: 'inherit', shell: '/bin/bash' });
}
