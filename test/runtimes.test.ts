import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { main, marbleSpecs, WORKERD_MODES } from './runtimes/harness.mjs';
// @ts-expect-error: a plain ES module without types
import { RUNTIMES } from '../scripts/runtimes.mjs';
import { CHECKS, type CheckResult, type RuntimeEnv } from './runtimes/conformance.js';
import { KNOWN_FAILURES } from './runtimes/known.js';
import type { SpecResult } from './runtimes/vitest-shim.js';

/** What a runtime said it is; a page adds what its Content-Security-Policy refused and reported. */
interface ReportedEnv extends RuntimeEnv {
  evalRefused?: boolean;
  wasmRefused?: boolean;
  consoleErrors?: string[];
  pageErrors?: string[];
  cspReports?: Array<{ directive: string; blocked: string }>;
}

interface RuntimeReport {
  name: string;
  label: string;
  conformance: CheckResult[] | { error: string };
  specs: SpecResult[] | { error: string };
  env?: ReportedEnv;
  error?: string;
}

const version = (major = '\\d+') => expect.stringMatching(new RegExp(`^${major}\\.`)) as unknown as string;

/**
 * What each runtime must say it is: a workerd with `nodejs_compat` that had no `process.versions.node`,
 * or a page whose CSP let eval through, would prove nothing.
 */
function expectedEnv(name: string): Partial<ReportedEnv> {
  if (name === 'workerd') return { runtime: 'workerd', node: null, nativeInflate: false };
  if (name === 'workerd_nodejs') return { runtime: 'workerd', node: version(), nativeInflate: true };
  // Nothing on the console and nothing uncaught. The one CSP report a page may get is long's (protobufjs's
  // 64-bit integers): it tries a WebAssembly module when it loads and, refused, stays with JavaScript.
  if (name === 'chromium') return { runtime: 'browser', node: null, nativeInflate: false, evalRefused: true, wasmRefused: true, consoleErrors: [], pageErrors: [] };
  if (name === 'bun' || name === 'deno') return { runtime: name, node: version() };
  return { runtime: 'node', node: version(name.slice('node'.length)), nativeInflate: true };
}

describe('the runtime conformance suite', () => {
  // The runtimes come from `node scripts/runtimes.mjs`, Chromium from Debian (npm test's pretest sees to both).
  it('passes on Node 20 and 22, Bun, Deno, workerd without and with nodejs_compat, and in Chromium, but for the failures known.ts explains', { timeout: 15 * 60_000 }, async () => {
    const report = (await main([])) as { runtimes: RuntimeReport[] };
    const names = report.runtimes.map((r) => r.name);
    const workerds = (WORKERD_MODES as Array<{ name: string }>).map((m) => `workerd${m.name}`);
    expect(names).toEqual([`node${process.versions.node.split('.')[0]}`, ...Object.keys(RUNTIMES as object).flatMap((n) => (n === 'workerd' ? workerds : [n])), 'chromium']);
    expect(workerds).toEqual(['workerd', 'workerd_nodejs']);
    for (const r of report.runtimes) expect(r.env, `${r.label}: what the runtime is`).toMatchObject(expectedEnv(r.name));
    const page = report.runtimes.find((r) => r.name === 'chromium')!;
    expect(page.env!.cspReports!.filter((r) => r.blocked !== 'wasm-eval')).toEqual([]);
    const unexpected: string[] = [];
    const nowPassing: string[] = [];
    const specCounts = new Set<number>();
    for (const r of report.runtimes) {
      const known = KNOWN_FAILURES[r.name] ?? {};
      expect(r.conformance, `${r.label}: the suite did not run`).toBeInstanceOf(Array);
      const checks = r.conformance as CheckResult[];
      // A page runs the checks that make sense there; the table says n/a for the others.
      expect(checks.map((c) => c.check)).toEqual(CHECKS.filter((c) => r.name !== 'chromium' || c.inPage).map((c) => c.name));
      for (const c of checks) {
        if (!c.ok && !known[c.check]) unexpected.push(`${r.label}: ${c.check}: ${c.reason}`);
        if (c.ok && known[c.check]) nowPassing.push(`${r.label}: ${c.check}`);
      }
      expect(r.specs, `${r.label}: the specs did not run`).toBeInstanceOf(Array);
      const specs = r.specs as SpecResult[];
      specCounts.add(specs.length);
      const failed = specs.filter((s) => !s.ok);
      if (failed.length && !known['marble specs']) unexpected.push(...failed.map((s) => `${r.label}: ${s.file} > ${s.name}: ${s.reason}`));
      if (!failed.length && known['marble specs']) nowPassing.push(`${r.label}: marble specs`);
    }
    // The same specs ran everywhere, from every file of marbles/.
    expect([...specCounts]).toHaveLength(1);
    expect([...specCounts][0]).toBeGreaterThanOrEqual(100);
    for (const r of report.runtimes) expect(new Set((r.specs as SpecResult[]).map((s) => s.file))).toEqual(new Set(marbleSpecs()));
    if (nowPassing.length) console.warn(`Known failures that now pass (remove them from test/runtimes/known.ts):\n  ${nowPassing.join('\n  ')}`);
    expect(unexpected).toEqual([]);
  });
});
