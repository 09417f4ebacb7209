// Runs before `npm test` and `npm start` (under whatever Node runs npm, possibly Node 20), so a
// fresh clone needs no separate install step: install the locked dependency tree when it is
// missing or older than package-lock.json. `npm ci` is not used because this registry lacks some
// other-platform optional binaries and `npm ci` then refuses the lockfile (see README).
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const marker = 'node_modules/.package-lock.json';
const lock = 'package-lock.json';
const stale =
  !existsSync(marker) ||
  !existsSync('node_modules/.bin/node') ||
  (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
if (stale) {
  console.log('Installing dependencies (npm install)…');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
