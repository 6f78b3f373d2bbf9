#!/usr/bin/env node
// Builds examples/angular for its end-to-end test (test/angular.e2e.test.ts), when it is not built yet or
// its build is older than what it is made of: its sources and lock file, and the library's package.json
// and its browser and testing entries in dist/ (dist/ is built first, by scripts/ensure-built.mjs, when
// it is missing). Installs its dependencies with `npm ci` when they are missing, its lock file changed,
// or its copy of tiktok-live-rx is not the one in dist/. Prints each step and why; one line when
// everything is up to date.
//   node scripts/angular-example.mjs
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const exampleDir = join(root, 'examples/angular');
/** Where `ng build` puts the page (index.html and its assets). */
export const appDir = join(exampleDir, 'dist/tiktok-live/browser');
const appStamp = join(exampleDir, 'dist/tiktok-live/.inputs');
const installStamp = join(exampleDir, 'node_modules/.inputs');
/** The entries of the library the example imports. */
const ENTRIES = ['browser.js', 'testing.js'];

/** The files of `dir` (recursively) that the example's build reads. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    return d.isDirectory() ? sources(path) : [path];
  });
}

/** A dist entry and every chunk it imports, transitively: what the example gets from the library. */
function chunksOf(distDir, entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(distDir, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*["']\.\/([^"']+)["']/g)) visit(m[1]);
  };
  for (const entry of entries) visit(entry);
  return [...seen].sort();
}

/** A hash of the library as the example gets it (its package.json, its entries in dist/), or undefined when it has none. */
function libraryHash(packageDir) {
  const distDir = join(packageDir, 'dist');
  if (!existsSync(join(packageDir, 'package.json')) || !ENTRIES.every((e) => existsSync(join(distDir, e)))) return undefined;
  const hash = createHash('sha256');
  hash.update(readFileSync(join(packageDir, 'package.json')));
  for (const file of chunksOf(distDir, ENTRIES)) hash.update(file).update('\0').update(readFileSync(join(distDir, file)));
  return hash.digest('hex');
}

function hashFiles(files) {
  const hash = createHash('sha256');
  for (const file of files.sort()) hash.update(relative(exampleDir, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

function run(command, args, log, cwd = exampleDir) {
  const shown = `${command === process.execPath ? 'node' : command.replace(/^.*node_modules\/\.bin\//, 'npx ')} ${args.map((a) => (a.startsWith('/') ? relative(cwd, a) : a)).join(' ')}`;
  log(`$ (cd ${relative(root, cwd) || '.'} && ${shown})`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${shown} failed (exit ${code})`))));
  });
}

/**
 * Makes sure examples/angular is installed and built from what is in the repository now; resolves to the
 * built page's directory.
 */
export async function ensureAngularExample({ log = (line) => console.error(`[angular example] ${line}`) } = {}) {
  if (!libraryHash(root)) {
    log('dist/ is not built: building it');
    await run(process.execPath, [join(root, 'scripts/ensure-built.mjs')], log, root);
  }
  const lib = libraryHash(root);
  if (!lib) throw new Error('dist/ has no browser build of tiktok-live-rx: run `npm run build` at the repository root');
  const lock = hashFiles([join(exampleDir, 'package.json'), join(exampleDir, 'package-lock.json'), join(exampleDir, '.npmrc')]);
  const buildInputs = `${lock}\n${lib}\n${hashFiles([...sources(join(exampleDir, 'src')), ...['angular.json', 'tsconfig.json', 'tsconfig.app.json'].map((f) => join(exampleDir, f))])}\n`;
  if (read(appStamp) === buildInputs && existsSync(join(appDir, 'index.html'))) {
    log('up to date');
    return appDir;
  }
  const installed = libraryHash(join(exampleDir, 'node_modules/tiktok-live-rx'));
  const installedWith = read(installStamp);
  const why = !existsSync(join(exampleDir, 'node_modules'))
    ? 'node_modules is missing'
    : installedWith === undefined
      ? 'node_modules is not from a finished `npm ci` of this script'
      : installedWith !== lock
        ? 'its package.json or package-lock.json changed'
        : installed !== lib
          ? 'its copy of tiktok-live-rx is not the library in dist/'
          : undefined;
  if (why) {
    log(`installing: ${why}`);
    await run('npm', ['ci', '--no-audit', '--no-fund'], log);
    writeFileSync(installStamp, lock);
  }
  log(existsSync(join(appDir, 'index.html')) ? 'rebuilding: its sources or the library changed' : 'building: not built yet');
  await run(join(exampleDir, 'node_modules/.bin/ng'), ['build'], log);
  writeFileSync(appStamp, buildInputs);
  log(`built ${relative(root, appDir)}`);
  return appDir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  ensureAngularExample().then(
    () => console.error(`[angular example] done in ${((Date.now() - started) / 1000).toFixed(1)} s`),
    (err) => {
      console.error(`[angular example] ${err.message}`);
      process.exit(1);
    },
  );
}
