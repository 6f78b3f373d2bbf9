#!/usr/bin/env node
// Runs the runtime conformance suite (conformance.ts) and the marble specs (specs.ts) on every runtime
// that is installed: the Node running this script, those scripts/runtimes.mjs fetched into .runtimes/
// (Node 22, Bun, Deno, workerd without and with `nodejs_compat`), and Debian's Chromium. The suite is
// bundled once per kind of host with esbuild (a command-line bundle for Node, Bun and Deno; a minified
// module Worker for workerd, as Workers deploy; a minified page script under the `browser` condition),
// and each runtime runs it against simulators in THIS Node process, reached over 127.0.0.1 through a
// small control API (which also serves the page, under a CSP without `unsafe-eval`). A page runs the
// checks that make sense there (decoding, errors) and the specs. Prints the table (runtime × check) and
// writes it, with the raw results, to test-artifacts/runtimes.{md,json}.
//
//   node test/runtimes/harness.mjs [--only node20,bun,workerd_nodejs,chromium] [--no-specs]
//
// Needs `dist/` (npm run build): the simulator is the built one, as `tiktok-live-rx/simulator` is.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { installed, ROOT, RUNTIMES_DIR } from '../../scripts/runtimes.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const BUILD = join(RUNTIMES_DIR, 'build');
const ARTIFACTS = join(ROOT, 'test-artifacts');
/** One runtime's whole run (conformance and specs) may take this long before it is stopped. */
const RUNTIME_TIMEOUT_MS = 6 * 60_000;

// ---------------------------------------------------------------------------------------------------
// Bundles

/** The marble spec files, by name without `.ts`. */
export function marbleSpecs() {
  return readdirSync(join(ROOT, 'marbles'))
    .filter((f) => f.endsWith('.spec.ts'))
    .sort()
    .map((f) => f.slice(0, -'.ts'.length));
}

/** Bundles the suite for command-line runtimes, for workerd and for a page. */
export async function bundle() {
  mkdirSync(BUILD, { recursive: true });
  const common = {
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    alias: { vitest: join(HERE, 'vitest-shim.ts') },
    // Loaded lazily by the default socket factory on Node only; a runtime without it says so.
    external: ['ws'],
    // wrangler's conditions. esbuild adds `import` or `require` by how a module is loaded; naming
    // `import` here too would hand protobufjs's require('long') the ES build, which it cannot use.
    conditions: ['workerd', 'worker', 'browser'],
    logLevel: 'error',
    // Every marble spec file, for specs.ts to load one by one.
    define: { __MARBLE_SPECS__: JSON.stringify(marbleSpecs()) },
  };
  const cli = join(BUILD, 'conformance.mjs');
  const worker = join(BUILD, 'conformance.worker.mjs');
  // Node, Bun and Deno load the dependencies (rxjs, protobufjs, pako, ws) from node_modules with their
  // own resolvers, as an installed package does; the Worker has everything bundled, as wrangler does.
  // `#ws` (package.json `imports`) too: left to the runtime, it is `ws` on Node as in an installed package;
  // resolved here under the Worker conditions, it would be dist/no-ws.js, and Node would lose ws.
  await build({ ...common, entryPoints: [join(HERE, 'entry.cli.ts')], outfile: cli, packages: 'external', external: [...common.external, '#ws'] });
  await build({ ...common, entryPoints: [join(HERE, 'entry.worker.ts')], outfile: worker, minify: true });
  // A page's bundle: the browser conditions only, minified, nothing external and no Node polyfills
  // (esbuild adds none: a Node built-in would fail the build).
  const page = join(BUILD, 'conformance.page.js');
  const built = await build({
    ...common,
    entryPoints: [join(HERE, 'entry.browser.ts')],
    outfile: page,
    platform: 'browser',
    conditions: ['browser'],
    external: [],
    minify: true,
    metafile: true,
  });
  const unwanted = Object.keys(built.metafile.inputs).filter((f) => /node_modules\/(ws|jose)\/|^node:/.test(f));
  if (unwanted.length) throw new Error(`the page's bundle pulls in what a page must not need: ${unwanted.join(', ')}`);
  return { cli, worker, page };
}

// ---------------------------------------------------------------------------------------------------
// The simulator process's control API

const REALFRAMES = process.env.TIKTOK_LIVE_RX_REALFRAMES ? resolve(process.env.TIKTOK_LIVE_RX_REALFRAMES) : resolve(ROOT, '../shared/realframes');

/** The real captures, file by file, as the suite decodes them (undefined when they are not there). */
function captures() {
  const dir = join(REALFRAMES, 'events');
  if (!existsSync(dir)) return undefined;
  const out = {};
  for (const file of readdirSync(dir).sort()) out[file] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  return out;
}

const ROOM_CALLS = new Set(['fault', 'end', 'goOffline', 'rejectHandshakes', 'signRateLimit', 'signServerError', 'slowHttp', 'breakHttp', 'emit']);

/**
 * The page's Content-Security-Policy: its own scripts and connections only; no `unsafe-eval` (nor
 * `wasm-unsafe-eval`), as a strict site serves, so anything that evaluates strings or compiles
 * WebAssembly is refused and reported.
 */
export const PAGE_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'";

/** The page: a first script that records CSP reports, then the suite's bundle as a module. */
const PAGE_HTML = `<!doctype html><meta charset="utf-8"><title>tiktok-live-rx conformance</title>
<script src="/csp.js"></script><script type="module" src="/page.js"></script>`;
const CSP_JS = `globalThis.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => __csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber }));`;

/**
 * Starts two simulators (open, and enforcing signatures) and the control server the suite drives them
 * with; it also serves the page's bundle (`pageFile`) at /page, under PAGE_CSP.
 */
export async function startControl({ pageFile } = {}) {
  const distSim = join(ROOT, 'dist/simulator.js');
  if (!existsSync(distSim)) throw new Error('dist/simulator.js is missing: run `npm run build` first');
  const { startSimulator } = await import(distSim);
  const sims = { main: await startSimulator({ rooms: [] }), strict: await startSimulator({ rooms: [], enforceSignature: true }) };
  let realframes;
  const answer = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const rpc = ({ sim, call, room, args = [] }) => {
    const s = sims[sim];
    if (!s) throw new Error(`no simulator ${sim}`);
    if (call === 'addRoom') return { roomId: s.addRoom(args[0]).roomId };
    const r = s.room(room);
    if (call === 'sentIds') return r.sent().map((m) => m.msgId);
    if (call === 'entered') return r.connections().filter((c) => c.enteredRoom).length;
    if (call === 'openSockets') return r.connections().length;
    if (call === 'cookies') return r.connections().map((c) => c.cookies);
    if (ROOM_CALLS.has(call)) return r[call](...args) ?? null;
    throw new Error(`unknown call ${call}`);
  };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        const path = req.url.split('?')[0];
        if (path === '/page' || path === '/csp.js' || (path === '/page.js' && pageFile)) {
          const [type, body] = path === '/page' ? ['text/html', PAGE_HTML] : ['text/javascript', path === '/csp.js' ? CSP_JS : readFileSync(pageFile)];
          res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': PAGE_CSP, 'cache-control': 'no-store' });
          return res.end(body);
        }
        if (req.url === '/info') return answer(res, 200, { main: sims.main.clientOptions, strict: sims.strict.clientOptions });
        if (req.url === '/realframes') {
          realframes ??= captures();
          return realframes ? answer(res, 200, realframes) : answer(res, 404, { error: `no captures in ${REALFRAMES}` });
        }
        if (req.url === '/rpc' && req.method === 'POST') return answer(res, 200, { result: rpc(JSON.parse(Buffer.concat(chunks).toString('utf8'))) });
        answer(res, 404, { error: 'not found' });
      } catch (err) {
        answer(res, 500, { error: String(err?.message ?? err) });
      }
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    close: async () => {
      server.closeAllConnections?.();
      await new Promise((ok) => server.close(ok));
      await sims.main.close();
      await sims.strict.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Runtimes

/** Debian's Chromium (.ci/run installs it), driven by playwright-core as the browser tests do. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** "Chromium 1xx.0.…", from the binary. */
function chromiumLabel() {
  const version = /[\d.]+/.exec(execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[0];
  return `Chromium ${version ?? '?'}`;
}

/** The runtimes to run on: this Node, those installed in .runtimes/, and Chromium. */
export function runtimes() {
  const list = [{ name: `node${process.versions.node.split('.')[0]}`, label: `Node ${process.versions.node}`, kind: 'cli', cmd: (file, args) => [process.execPath, file, ...args] }];
  const have = installed();
  if (have.node22) list.push({ name: 'node22', label: `Node ${have.node22.version}`, kind: 'cli', cmd: (file, args) => [have.node22.bin, file, ...args] });
  if (have.bun) list.push({ name: 'bun', label: `Bun ${have.bun.version}`, kind: 'cli', cmd: (file, args) => [have.bun.bin, file, ...args] });
  if (have.deno) list.push({ name: 'deno', label: `Deno ${have.deno.version}`, kind: 'cli', cmd: (file, args) => [have.deno.bin, 'run', '--allow-all', '--quiet', file, ...args] });
  if (have.workerd) for (const mode of WORKERD_MODES) list.push({ ...mode, name: `workerd${mode.name}`, label: `workerd ${have.workerd.version}${mode.label}`, kind: 'worker', bin: have.workerd.bin });
  if (existsSync(CHROMIUM)) list.push({ name: 'chromium', label: chromiumLabel(), kind: 'page', bin: CHROMIUM });
  return list;
}

/**
 * The two Workers people deploy: without `nodejs_compat` (web APIs only), and with it, dated so that
 * `process.versions.node` exists (workerd gives Workers a `process` with Node's version from
 * 2025-09-15 on; `nodejs_compat` is on by default only from 2026-08-04, so the first date keeps it off).
 */
export const WORKERD_MODES = [
  { name: '', label: '', compatibilityDate: '2025-09-01', compatibilityFlags: [] },
  { name: '_nodejs', label: ' + nodejs_compat', compatibilityDate: '2025-09-15', compatibilityFlags: ['nodejs_compat'] },
];

/** Runs a command; resolves with its output once it exits or `timeoutMs` passes (then it is killed). */
function run(argv, { timeoutMs, cwd = ROOT, onLine } = {}) {
  return new Promise((done) => {
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => {
      stdout += d;
      if (onLine) for (const line of String(d).split('\n')) if (line) onLine(line);
    });
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      done({ code: -1, stdout, stderr: `${stderr}${err.message}`, timedOut, child });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, timedOut, child });
    });
    done.child = child;
  });
}

/** The JSON after `tag` on a line of a run's output, if it printed one. */
function tagged(out, tag) {
  const line = out.stdout.split('\n').find((l) => l.startsWith(`${tag} `));
  return line ? JSON.parse(line.slice(tag.length + 1)) : undefined;
}

function parseResults(out, what) {
  const results = tagged(out, 'RESULTS');
  if (results) return results;
  const why = out.timedOut ? 'timed out' : `exited ${out.code}`;
  const tail = (out.stderr || out.stdout).trim().split('\n').slice(-3).join(' | ').slice(0, 400);
  throw new Error(`${what} ${why} without results: ${tail}`);
}

/** One run of the command-line bundle: its results, and what the runtime said it is. */
async function runCli(rt, file, control, what, seen) {
  const out = await run(rt.cmd(file, [control, rt.name, what]), { timeoutMs: RUNTIME_TIMEOUT_MS });
  seen.env ??= tagged(out, 'ENV');
  return parseResults(out, `${rt.label} ${what}`);
}

/** A free port on 127.0.0.1 for workerd's socket. */
async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

/** workerd's configuration: the Worker (with the runtime's date and flags), and outbound access to 127.0.0.1 (the simulator). */
function workerdConfig(workerFile, rt) {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed "${workerFile.split('/').pop()}") ],
  compatibilityDate = "${rt.compatibilityDate}",
  compatibilityFlags = [${rt.compatibilityFlags.map((f) => JSON.stringify(f)).join(', ')}],
  globalOutbound = "internet",
);
`;
}

async function withWorkerd(rt, workerFile, fn) {
  const config = join(BUILD, `${rt.name}.capnp`);
  writeFileSync(config, workerdConfig(workerFile, rt));
  const port = await freePort();
  const child = spawn(rt.bin, ['serve', config, '--socket-addr', `http=127.0.0.1:${port}`], { cwd: BUILD, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.on('data', (d) => (stderr += d));
  const exited = new Promise((ok) => child.on('exit', (code) => ok(code)));
  try {
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 20_000;
    for (;;) {
      const up = await fetch(`${base}/ping`).then(
        () => true,
        () => false,
      );
      if (up) break;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`workerd did not start: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
    return await fn(base, () => stderr);
  } finally {
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((ok) => setTimeout(ok, 3000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

async function workerdPost(base, path, body, stderr) {
  const res = await fetch(`${base}${path}`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(RUNTIME_TIMEOUT_MS) });
  const text = await res.text();
  if (!res.ok) throw new Error(`workerd ${path}: HTTP ${res.status} ${text.slice(0, 200)} ${stderr().trim().split('\n').slice(-2).join(' | ')}`);
  return JSON.parse(text);
}

/** How long a page may take over one run (the conformance checks that make sense there, or the specs). */
const PAGE_TIMEOUT_MS = 120_000;

/** The checks a page does not run, and why (the table's n/a). */
export const NOT_IN_A_PAGE = 'n/a in a page: it cannot send TikTok cookies or headers on a WebSocket (nor read its HTTP answers, which have no CORS headers); pages use relayRoom$ through the relay';

/**
 * Runs the suite's page bundle in Chromium: each run (`probe`, `conformance`, `specs`) in a fresh page
 * under PAGE_CSP. Every console error, uncaught error and CSP report of the conformance and specs runs
 * goes into `env`, for the table and the runtime test.
 */
async function inChromium(rt, control, { specs }) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: rt.bin,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const seen = { consoleErrors: [], pageErrors: [], cspReports: [] };
  const open = async (what, { record = true } = {}) => {
    const page = await browser.newPage();
    if (record) {
      page.on('console', (m) => m.type() === 'error' && seen.consoleErrors.push(m.text()));
      page.on('pageerror', (err) => seen.pageErrors.push(err.message));
    }
    try {
      await page.goto(`${control}/page?run=${what}&prefix=${rt.name}`);
      const answer = await (await page.waitForFunction(() => globalThis.__results, undefined, { timeout: PAGE_TIMEOUT_MS, polling: 100 })).jsonValue();
      if (record) seen.cspReports.push(...(await page.evaluate(() => globalThis.__csp)));
      if (answer.error) throw new Error(`the page's ${what} run failed: ${answer.error}`);
      return answer;
    } finally {
      await page.close();
    }
  };
  try {
    // The probe is not recorded: its refused eval and WebAssembly are reported, as they should be.
    const probe = await open('probe', { record: false });
    const guard = (what) =>
      open(what).then(
        (a) => a.results,
        (err) => ({ error: String(err.message ?? err).split('\n')[0] }),
      );
    const conformance = await guard('conformance');
    const specResults = specs ? await guard('specs') : undefined;
    return { env: { ...probe.env, csp: PAGE_CSP, ...probe.results, ...seen, version: browser.version() }, conformance, specs: specResults, notApplicable: NOT_IN_A_PAGE };
  } finally {
    await browser.close();
  }
}

/**
 * One runtime's results: { env, conformance: CheckResult[] | {error}, specs: SpecResult[] | {error} },
 * `env` being what the runtime said it is (conformance.ts's RuntimeEnv).
 */
async function runOne(rt, files, control, { specs = true } = {}) {
  const guard = async (fn) => {
    try {
      return await fn();
    } catch (err) {
      return { error: String(err.message ?? err).split('\n')[0] };
    }
  };
  if (rt.kind === 'page') return guard(() => inChromium(rt, control, { specs }));
  if (rt.kind === 'worker') {
    return guard(() =>
      withWorkerd(rt, files.worker, async (base, stderr) => ({
        env: await fetch(`${base}/env`).then((r) => r.json()),
        conformance: await guard(() => workerdPost(base, '/conformance', { control, prefix: rt.name }, stderr)),
        specs: specs ? await guard(() => workerdPost(base, '/specs', {}, stderr)) : undefined,
      })),
    );
  }
  const seen = {};
  const conformance = await guard(() => runCli(rt, files.cli, control, 'conformance', seen));
  return { conformance, specs: specs ? await guard(() => runCli(rt, files.cli, control, 'specs', seen)) : undefined, env: seen.env };
}

// ---------------------------------------------------------------------------------------------------
// The table

/** The check names, in the suite's order, from the runs that got that far. */
function checkNames(report) {
  const names = [];
  for (const r of report.runtimes) for (const c of Array.isArray(r.conformance) ? r.conformance : []) if (!names.includes(c.check)) names.push(c.check);
  return names;
}

/** A page's CSP cell: whether eval and WebAssembly were refused, and the reports while the suite ran. */
function cspCell(env) {
  const refused = env.evalRefused && env.wasmRefused ? 'eval and wasm refused' : `eval ${env.evalRefused ? 'refused' : 'ALLOWED'}, wasm ${env.wasmRefused ? 'refused' : 'ALLOWED'}`;
  const counts = new Map();
  for (const r of env.cspReports) counts.set(r.blocked, (counts.get(r.blocked) ?? 0) + 1);
  const reports = [...counts].map(([blocked, n]) => `\`${blocked}\` ×${n}`).join(', ') || 'none';
  const errors = env.consoleErrors.length + env.pageErrors.length;
  return `${refused}; reports: ${reports}; console errors: ${errors}`;
}

/** The Markdown table: a row per check, a column per runtime, ✗ cells numbered to their reasons below. */
export function table(report) {
  const notes = [];
  const note = (text, mark = '✗') => {
    let i = notes.indexOf(text);
    if (i < 0) i = notes.push(text) - 1;
    return `${mark} [${i + 1}]`;
  };
  const head = `| check | ${report.runtimes.map((r) => r.label).join(' | ')} |`;
  const sep = `|---|${report.runtimes.map(() => ':-:').join('|')}|`;
  const rows = [
    `| \`process.versions.node\` | ${report.runtimes.map((r) => (r.env ? (r.env.node ?? 'none') : '?')).join(' | ')} |`,
    `| gzip inflated by | ${report.runtimes.map((r) => (r.env ? (r.env.nativeInflate ? '`node:zlib`' : 'pako') : '?')).join(' | ')} |`,
  ];
  if (report.runtimes.some((r) => r.env?.csp)) rows.push(`| CSP without \`unsafe-eval\`: what it reported | ${report.runtimes.map((r) => (r.env?.csp ? cspCell(r.env) : '–')).join(' | ')} |`);
  for (const name of checkNames(report)) {
    const cells = report.runtimes.map((r) => {
      if (!Array.isArray(r.conformance)) return note(r.conformance?.error ?? r.error ?? 'did not run');
      const c = r.conformance.find((x) => x.check === name);
      if (!c && r.notApplicable) return note(r.notApplicable, 'n/a');
      return !c ? note('did not run') : c.ok ? '✓' : note(c.reason);
    });
    rows.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  if (!checkNames(report).length) rows.push(`| conformance suite | ${report.runtimes.map((r) => note(r.conformance?.error ?? r.error ?? 'did not run')).join(' | ')} |`);
  const specCells = report.runtimes.map((r) => {
    if (r.specs === undefined && !r.error) return '–';
    if (!Array.isArray(r.specs)) return note(r.specs?.error ?? r.error ?? 'did not run');
    const failed = r.specs.filter((s) => !s.ok);
    if (!failed.length) return `✓ ${r.specs.length}/${r.specs.length}`;
    return `${note(`${failed.length} of ${r.specs.length} specs failed; first: ${failed[0].file} > ${failed[0].name}: ${failed[0].reason}`)} ${r.specs.length - failed.length}/${r.specs.length}`;
  });
  rows.push(`| marble specs (marbles/*.spec.ts) | ${specCells.join(' | ')} |`);
  const reasons = notes.map((n, i) => `${i + 1}. ${(n.length > 400 ? `${n.slice(0, 400)}…` : n).replace(/\|/g, '\\|')}`);
  return [head, sep, ...rows, '', ...reasons].join('\n');
}

// ---------------------------------------------------------------------------------------------------

export async function main(argv = process.argv.slice(2)) {
  const onlyArg = argv.indexOf('--only');
  const only = onlyArg >= 0 ? argv[onlyArg + 1].split(',') : undefined;
  const specs = !argv.includes('--no-specs');
  const started = Date.now();
  const files = await bundle();
  const control = await startControl({ pageFile: files.page });
  const report = { generated: new Date().toISOString(), runtimes: [] };
  try {
    for (const rt of runtimes()) {
      if (only && !only.includes(rt.name)) continue;
      const t0 = Date.now();
      console.error(`runtimes: ${rt.label}…`);
      const result = await runOne(rt, files, control.url, { specs });
      report.runtimes.push({ name: rt.name, label: rt.label, ms: Date.now() - t0, ...result });
      console.error(`runtimes: ${rt.label} took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await control.close();
  }
  report.ms = Date.now() - started;
  const md = table(report);
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'runtimes.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(ARTIFACTS, 'runtimes.md'), `${md}\n`);
  console.log(md);
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await main();
}
