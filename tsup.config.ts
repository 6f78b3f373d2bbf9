import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      decoders: 'src/decoders/index.ts',
      simulator: 'src/simulator/index.ts',
      operators: 'src/operators/index.ts',
      pipeline: 'src/operators/pipeline/index.ts',
      relay: 'src/relay/index.ts',
      testing: 'src/testing/index.ts',
      browser: 'src/browser/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    splitting: true,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
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
