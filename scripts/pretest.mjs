#!/usr/bin/env node
// Runs before `npm test`. The suite drives the relay's overlay page in Debian's Chromium, which npm
// cannot install: when it is missing and this runs as root on Debian, it is installed with apt-get;
// otherwise this stops with the one command to run. The runtime conformance test runs on Node 22,
// Bun, Deno and workerd: scripts/runtimes.mjs fetches them from the npm registry into .runtimes/.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const runtimes = spawnSync(process.execPath, [new URL('./runtimes.mjs', import.meta.url).pathname], { stdio: ['ignore', 'ignore', 'inherit'] });
if (runtimes.status !== 0) {
  console.error('Fetching the runtimes the conformance test runs on failed: run `node scripts/runtimes.mjs` once the npm registry is reachable');
  process.exit(1);
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) process.exit(0);

const command = 'apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-color-emoji';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(`The tests need Chromium at ${chromium} (or set CHROMIUM_PATH). Install it with:\n  sudo sh -c '${command}'`);
  process.exit(1);
}
console.error(`Chromium is missing: installing Debian's chromium (${command})`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-color-emoji'], { stdio: 'inherit', env });
} catch {
  console.error(`Installing Chromium failed. Run it by hand:\n  ${command}`);
  process.exit(1);
}
if (!existsSync(chromium)) {
  console.error(`apt-get installed chromium, but not at ${chromium}: set CHROMIUM_PATH`);
  process.exit(1);
}
