import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { main, marbleSpecs, WORKERD_MODES } from './runtimes/harness.mjs';
// @ts-expect-error: a plain ES module without types
import { RUNTIMES } from '../scripts/runtimes.mjs';
import { CHECKS, type CheckResult, type RuntimeEnv } from './runtimes/conformance.js';
import { KNOWN_FAILURES } from './runtimes/known.js';
import type { SpecResult } from './runtimes/vitest-shim.js';

interface RuntimeReport {
  name: string;
  label: string;
  conformance: CheckResult[] | { error: string };
  specs: SpecResult[] | { error: string };
  env?: RuntimeEnv;
  error?: string;
}

/** What each runtime must say it is: a workerd with `nodejs_compat` that had no `process.versions.node` would prove nothing. */
function expectedEnv(name: string): Partial<RuntimeEnv> {
  if (name === 'workerd') return { runtime: 'workerd', node: null, nativeInflate: false };
  if (name === 'workerd_nodejs') return { runtime: 'workerd', node: expect.stringMatching(/^\d+\./) as unknown as string, nativeInflate: true };
  if (name === 'bun' || name === 'deno') return { runtime: name, node: expect.stringMatching(/^\d+\./) as unknown as string };
  return { runtime: 'node', node: expect.stringMatching(new RegExp(`^${name.slice('node'.length)}\\.`)) as unknown as string, nativeInflate: true };
}

describe('the runtime conformance suite', () => {
  // The runtimes come from `node scripts/runtimes.mjs` (npm test's pretest runs it).
  it('passes on Node 20 and 22, Bun, Deno and workerd without and with nodejs_compat, but for the failures known.ts explains', { timeout: 15 * 60_000 }, async () => {
    const report = (await main([])) as { runtimes: RuntimeReport[] };
    const names = report.runtimes.map((r) => r.name);
    const workerds = (WORKERD_MODES as Array<{ name: string }>).map((m) => `workerd${m.name}`);
    expect(names).toEqual([`node${process.versions.node.split('.')[0]}`, ...Object.keys(RUNTIMES as object).flatMap((n) => (n === 'workerd' ? workerds : [n]))]);
    expect(workerds).toEqual(['workerd', 'workerd_nodejs']);
    for (const r of report.runtimes) expect(r.env, `${r.label}: what the runtime is`).toMatchObject(expectedEnv(r.name));
    const unexpected: string[] = [];
    const nowPassing: string[] = [];
    const specCounts = new Set<number>();
    for (const r of report.runtimes) {
      const known = KNOWN_FAILURES[r.name] ?? {};
      expect(r.conformance, `${r.label}: the suite did not run`).toBeInstanceOf(Array);
      const checks = r.conformance as CheckResult[];
      expect(checks.map((c) => c.check)).toEqual(CHECKS.map((c) => c.name));
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
