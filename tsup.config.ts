import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

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
};

// No source maps: they pointed into src/, which is not published, and were two thirds of the package.
const shared = { sourcemap: false, target: 'es2022', platform: 'node', splitting: true, treeshake: true } as const;

/**
 * The root entry for Cloudflare Workers, Deno and browsers (the `workerd`, `worker`, `deno` and
 * `browser` conditions): src/sources/wsModule.ts swapped for its edge twin, so the default socket
 * has no `import('ws')` for their bundlers to chase.
 */
const withoutWs: Plugin = {
  name: 'without-ws',
  setup(build) {
    build.onResolve({ filter: /\/wsModule\.js$/ }, () => ({ path: fileURLToPath(new URL('src/sources/wsModule.edge.ts', import.meta.url)) }));
  },
};

export default defineConfig([
  // ESM: the entries and the CLI in one build, so the CLI loads the same chunks as the entries
  // (one copy of the decoders, not two). The CLI's `#!` comes from src/cli/index.ts.
  { ...shared, entry: { ...entries, cli: 'src/cli/index.ts' }, format: ['esm'], dts: { entry: entries }, clean: true },
  { ...shared, entry: entries, format: ['cjs'], dts: { entry: entries }, clean: false },
  { ...shared, entry: { index: 'src/index.ts' }, outDir: 'dist/edge', platform: 'neutral', format: ['esm'], dts: false, clean: false, esbuildPlugins: [withoutWs] },
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
