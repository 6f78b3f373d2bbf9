import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { main, marbleSpecs } from './runtimes/harness.mjs';
// @ts-expect-error: a plain ES module without types
import { RUNTIMES } from '../scripts/runtimes.mjs';
import { CHECKS, type CheckResult } from './runtimes/conformance.js';
import { KNOWN_FAILURES } from './runtimes/known.js';
import type { SpecResult } from './runtimes/vitest-shim.js';

interface RuntimeReport {
  name: string;
  label: string;
  conformance: CheckResult[] | { error: string };
  specs: SpecResult[] | { error: string };
  error?: string;
}

describe('the runtime conformance suite', () => {
  // The runtimes come from `node scripts/runtimes.mjs` (npm test's pretest runs it).
  it('passes on Node 20 and 22, Bun, Deno and workerd, but for the failures known.ts explains', { timeout: 15 * 60_000 }, async () => {
    const report = (await main([])) as { runtimes: RuntimeReport[] };
    const names = report.runtimes.map((r) => r.name);
    expect(names).toEqual([`node${process.versions.node.split('.')[0]}`, ...Object.keys(RUNTIMES as object)]);
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
