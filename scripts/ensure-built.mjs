#!/usr/bin/env node
// Runs before `npm run demo`, `typecheck` and `lint`: they use dist/ (the CLI, and the examples import
// the package by name), which `npm install` does not build — the package has no install-time script,
// so that installing it never runs one. Builds dist/ when a file the package publishes is missing;
// `npm run build` (and `npm test`, which always builds first) rebuilds it after a change.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** Every file package.json points at: the bin and each export's types and code. */
function targets(node) {
  if (typeof node === 'string') return [node];
  if (node === null || typeof node !== 'object') return [];
  return Object.values(node).flatMap(targets);
}
// `--cli`: only what the command line runs (`npm run demo`), built without type declarations, in
// seconds; typecheck and lint need every file and get the full build.
const cliOnly = process.argv.includes('--cli');
const needed = [...targets(pkg.bin), ...(cliOnly ? ['./dist/overlay.global.js'] : targets(pkg.exports))].filter((f) => f.startsWith('./dist/'));
const missing = needed.filter((f) => !existsSync(`${root}${f}`));
if (missing.length === 0) process.exit(0);

console.error(`Building dist/ (${missing[0]}${missing.length > 1 ? ` and ${missing.length - 1} more files are` : ' is'} missing)…`);
const tsupManifest = createRequire(import.meta.url).resolve('tsup/package.json');
const tsup = join(dirname(tsupManifest), JSON.parse(readFileSync(tsupManifest, 'utf8')).bin.tsup);
const env = cliOnly ? { ...process.env, TLRX_BUILD: 'js' } : process.env;
const run = spawnSync(process.execPath, [tsup, '--silent'], { cwd: root, stdio: 'inherit', env });
process.exit(run.status ?? 1);
