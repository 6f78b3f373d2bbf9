/**
 * The conformance suite's entry in a web page (Chromium), bundled for the browser (the `browser`
 * condition, no Node polyfills) and minified. The control process serves it at `/page?run=<what>` under
 * a Content-Security-Policy without `unsafe-eval` or `wasm-unsafe-eval`; `<what>` is:
 *   conformance  the checks that make sense in a page (`inPage` in conformance.ts)
 *   specs        the marble specs
 *   probe        whether the page may evaluate strings or compile WebAssembly (it may not: the CSP holds)
 * The answer is left in `globalThis.__results` as `{ env, results }` or `{ error }`, for the harness to read.
 */
import { CHECKS, runConformance, runtimeEnv } from './conformance.js';
import { runSpecs } from './specs.js';

interface PageGlobals {
  __results?: unknown;
}

/** The smallest WebAssembly module: the magic number and version. */
const EMPTY_WASM = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

function refused(fn: () => unknown): boolean {
  try {
    fn();
    return false;
  } catch {
    return true;
  }
}

async function answer(what: string | null, prefix: string): Promise<unknown> {
  const control = location.origin;
  if (what === 'conformance') return runConformance({ control, prefix, only: CHECKS.filter((c) => c.inPage).map((c) => c.name) });
  if (what === 'specs') return runSpecs();
  if (what === 'probe') {
    // Indirect eval and `new WebAssembly.Module` both need a CSP source this page does not have.
    return { evalRefused: refused(() => (0, eval)('1')), wasmRefused: refused(() => new WebAssembly.Module(EMPTY_WASM)) };
  }
  throw new Error(`nothing to run for ?run=${what}`);
}

const params = new URLSearchParams(location.search);
const page = globalThis as PageGlobals;
answer(params.get('run'), params.get('prefix') ?? 'page').then(
  (results) => (page.__results = { env: runtimeEnv(), results }),
  (err: unknown) => (page.__results = { error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }),
);
