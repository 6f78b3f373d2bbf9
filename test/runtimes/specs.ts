/**
 * The marble specs (marbles/*.spec.ts), run with the vitest shim on runtimes vitest does not run on.
 * Each file is loaded in turn so that its top-level hooks stay its own, and starts, as under vitest's
 * per-file isolation, with the testing factories' counters at zero. Every file of marbles/ that ends in
 * `.spec.ts` is one: none is left out by hand.
 */
import { resetFactories } from '../../src/testing/index.js';
import { beginFile, runRegistered, type SpecResult } from './vitest-shim.js';

/** The spec files' names (`comboEnd.spec`, …): read from marbles/ by harness.mjs when it bundles this. */
declare const __MARBLE_SPECS__: string[];

/** Loads one spec file (esbuild bundles every file the pattern matches). */
const load = (name: string): Promise<unknown> => import(`../../marbles/${name}.ts`);

/** Loads every spec file and runs its tests; a file that fails to load is one failed result. */
export async function runSpecs(): Promise<SpecResult[]> {
  const results: SpecResult[] = [];
  for (const file of __MARBLE_SPECS__) {
    beginFile(file);
    resetFactories();
    try {
      await load(file);
    } catch (err) {
      results.push({ file, name: '(loading the file)', ok: false, reason: String(err) });
      continue;
    }
    results.push(...(await runRegistered()));
  }
  return results;
}
