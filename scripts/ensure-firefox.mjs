// Makes sure Debian's Firefox ESR is there for the Firefox suite: installs it with apt-get when
// missing and we are root, otherwise says in one line what to install. Nothing downloads a
// browser of its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(`Firefox ESR not found at ${path}: install Debian's "firefox-esr" package (apt-get install firefox-esr) or set FIREFOX_PATH.`);
    process.exit(1);
  }
  console.log('Installing Firefox ESR from Debian packages…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr', { stdio: 'inherit', shell: '/bin/bash' });
}
