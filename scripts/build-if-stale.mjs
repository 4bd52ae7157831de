// Builds a workspace package only when its sources are newer than its last build, so a
// second `npm start` starts in seconds. Usage: node scripts/build-if-stale.mjs <package dir>...
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ignored = new Set(['node_modules', 'dist', 'test-results', 'playwright-report', '.cache']);

function newestChange(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (!ignored.has(entry)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  }
  return newest;
}

for (const dir of process.argv.slice(2)) {
  const stamp = path.join(dir, 'dist', '.built');
  const inputs = [dir, 'packages/schema', 'pnpm-lock.yaml'].filter((input) => existsSync(input));
  const fresh = existsSync(stamp) && Math.max(...inputs.map(newestChange)) <= statSync(stamp).mtimeMs;
  if (fresh) {
    console.log(`${dir}: build is up to date`);
    continue;
  }
  console.log(`${dir}: building…`);
  execFileSync('pnpm', ['run', 'build'], { cwd: dir, stdio: 'inherit' });
  writeFileSync(stamp, new Date().toISOString());
}
