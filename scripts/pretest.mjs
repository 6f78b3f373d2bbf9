#!/usr/bin/env node
// Runs before `npm test`. The suite needs two programs npm cannot install: Debian's Chromium (the
// overlay's and the Angular example's browser tests, driven by playwright-core) and Debian's
// redis-server (the fleet's tests start their own). When one is missing and this runs as root on
// Debian, it is installed with apt-get; otherwise this stops with the one command to run. The runtime
// conformance test runs on Node 22, Bun, Deno and workerd (scripts/runtimes.mjs fetches them from the
// npm registry into .runtimes/) and in that Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const runtimes = spawnSync(process.execPath, [new URL('./runtimes.mjs', import.meta.url).pathname], { stdio: ['ignore', 'ignore', 'inherit'] });
if (runtimes.status !== 0) {
  console.error('Fetching the runtimes the conformance test runs on failed: run `node scripts/runtimes.mjs` once the npm registry is reachable');
  process.exit(1);
}

/** What the suite needs from Debian: where the program is (or the variable that says), and its packages. */
const needs = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', variable: 'CHROMIUM_PATH', packages: ['chromium', 'fonts-noto-color-emoji'] },
  { name: 'redis-server', path: process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server', variable: 'REDIS_SERVER_PATH', packages: ['redis-server'] },
];
const missing = needs.filter((need) => !existsSync(need.path));
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((need) => need.packages);
const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
const names = missing.map((need) => `${need.name} at ${need.path} (or set ${need.variable})`).join(' and ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(`The tests need ${names}. Install with:\n  sudo sh -c '${command}'`);
  process.exit(1);
}
console.error(`Missing ${missing.map((need) => need.name).join(' and ')}: installing Debian's ${packages.join(' ')} (${command})`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
} catch {
  console.error(`Installing failed. Run it by hand:\n  ${command}`);
  process.exit(1);
}
// The Debian package starts a redis-server service on port 6379; the tests start their own.
for (const need of missing) {
  if (!existsSync(need.path)) {
    console.error(`apt-get installed ${need.packages.join(' ')}, but ${need.name} is not at ${need.path}: set ${need.variable}`);
    process.exit(1);
  }
}
