import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * Each client entry as a bundler for a page, a Worker or Deno ships it: resolved through
 * package.json `exports` (built dist/), minified, rxjs left to the app, no Node polyfills
 * (esbuild offers none: a `node:` import or a Node-only package fails the build or shows up
 * in the inputs). The budgets are minified + gzipped bytes, with some room over today's sizes.
 */
async function bundle(specifier: string, conditions: string[]) {
  const result = await build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions,
    external: ['rxjs'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

const KB = 1024;
const BUDGETS: Array<{ entry: string; gzipped: number }> = [
  { entry: 'tiktok-live-rx', gzipped: 104 * KB },
  { entry: 'tiktok-live-rx/decoders', gzipped: 86 * KB },
  { entry: 'tiktok-live-rx/operators', gzipped: 3 * KB },
  { entry: 'tiktok-live-rx/pipeline', gzipped: 83 * KB },
  { entry: 'tiktok-live-rx/testing', gzipped: 10 * KB },
  // The @tiktool/live-style TikTokLive class over liveRoom$: the root's decoders and pipeline, little more.
  { entry: 'tiktok-live-rx/compat', gzipped: 96 * KB },
];

const NODE_ONLY = /node_modules\/(ws|jose|prom-client)\/|^node:/;

describe('client entries in a page, a Worker and Deno', () => {
  for (const { entry, gzipped } of BUDGETS) {
    it(`${entry} bundles for the browser with no Node polyfills in under ${gzipped / KB} KB gzipped`, async () => {
      const out = await bundle(entry, ['browser']);
      console.log(`${entry}: ${out.minified} bytes minified, ${out.gzipped} gzipped (rxjs excluded)`);
      expect(out.inputs.filter((f) => NODE_ONLY.test(f))).toEqual([]);
      expect(out.gzipped).toBeLessThan(gzipped);
    });
  }

  it('the root entry under the workerd, worker, deno and browser conditions has no ws: #ws resolves to dist/no-ws.js', async () => {
    for (const conditions of [['workerd', 'worker', 'browser'], ['worker'], ['deno'], ['browser']]) {
      const out = await bundle('tiktok-live-rx', conditions);
      expect(out.inputs, conditions.join()).toContain('dist/no-ws.js');
      expect(out.inputs.filter((f) => NODE_ONLY.test(f)), conditions.join()).toEqual([]);
    }
  });

  it('the root entry for Node still reaches ws (lazily), so a bundle for Node keeps its socket', async () => {
    const result = await build({ stdin: { contents: `export * from 'tiktok-live-rx';`, resolveDir: process.cwd() }, bundle: true, format: 'esm', platform: 'node', write: false, metafile: true, logLevel: 'silent', external: ['rxjs'] });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((f) => f.includes('node_modules/ws/'))).toBe(true);
    expect(inputs).not.toContain('dist/no-ws.js');
  });

  it('the generated protobuf code, the bulk of the decoders, keeps no code for unknown fields (never kept at run time)', () => {
    const generated = readFileSync('src/decoders/generated/webcast.js', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(generated).not.toMatch(/\$unknowns/);
    expect(generated).not.toMatch(/discardUnknown/);
  });
});
