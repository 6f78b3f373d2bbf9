import { defineConfig } from 'tsup';

/** The published entry points (package.json `exports`). */
const entries = {
  index: 'src/index.ts',
  decoders: 'src/decoders/index.ts',
  simulator: 'src/simulator/index.ts',
  operators: 'src/operators/index.ts',
  pipeline: 'src/operators/pipeline/index.ts',
  relay: 'src/relay/index.ts',
  testing: 'src/testing/index.ts',
  browser: 'src/browser/index.ts',
  compat: 'src/compat/index.ts',
  fleet: 'src/fleet/index.ts',
};

// No source maps: they pointed into src/, which is not published, and were two thirds of the package.
// `#ws` is package.json's `imports` entry: `ws` on Node and Bun, dist/no-ws.js under the workerd, worker,
// deno and browser conditions, so bundlers for those never see ws. Resolved where the package is used.
const shared = { sourcemap: false, target: 'es2022', platform: 'node', splitting: true, treeshake: true, external: ['#ws'] as string[] } as const;

// `TLRX_BUILD=js` builds only the JavaScript the command line runs (the ESM entries, the CLI and the
// overlay script), in seconds instead of the minute the type declarations take: what `npm run demo`
// needs on a fresh clone (scripts/ensure-built.mjs). Any full build replaces it.
const jsOnly = process.env.TLRX_BUILD === 'js';

export default defineConfig([
  // ESM: the entries and the CLI in one build, so the CLI loads the same chunks as the entries
  // (one copy of the decoders, not two). The CLI's `#!` comes from src/cli/index.ts.
  { ...shared, entry: { ...entries, cli: 'src/cli/index.ts', 'no-ws': 'src/sources/noWs.ts' }, format: ['esm'], dts: jsOnly ? false : { entry: entries }, clean: true },
  ...(jsOnly ? [] : [{ ...shared, entry: entries, format: ['cjs' as const], dts: { entry: entries }, clean: false }]),
  {
    // The relay's overlay page script: the browser entry and rxjs in one file the relay serves.
    entry: { overlay: 'src/browser/overlay.ts' },
    format: ['iife'],
    dts: false,
    sourcemap: false,
    clean: false,
    minify: true,
    target: 'es2020',
    platform: 'browser',
    noExternal: [/.*/],
  },
]);
