// The end-to-end tests drive Debian's chromium (Playwright cannot download its own browser
// here). Finds it, installs it when this is Debian and we are root, or stops with what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = () => candidates.find((path) => existsSync(path));

if (found()) {
  console.log(`chromium: ${found()}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version') && spawnSync('apt-get', ['--version']).status === 0;
if (isRoot && isDebian) {
  console.log('chromium is missing: installing Debian’s chromium package (apt-get install chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (found()) process.exit(0);
}

console.error(
  [
    'The end-to-end tests need the Chromium browser, and it is not installed.',
    'Install it, then run the tests again:',
    '  Debian/Ubuntu: sudo apt-get install chromium',
    '  elsewhere: install Chromium or Chrome and set CHROME_PATH to its executable.',
  ].join('\n'),
);
process.exit(1);
