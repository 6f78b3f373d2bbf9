import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The browser entry as a page's bundler would ship it: minified, rxjs left to the app. */
async function bundle(entry: string) {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', external: ['rxjs'], write: false, metafile: true, logLevel: 'silent' });
  const code = result.outputFiles[0]!.contents;
  return { gzipped: gzipSync(code, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}

describe('tiktok-live-rx/browser bundle', () => {
  it('holds relayRoom$ and the domain operators in under 8 KB gzipped, without ws, jose, node: or the wire decoders', async () => {
    const { gzipped, inputs } = await bundle('src/browser/index.ts');
    console.log(`tiktok-live-rx/browser: ${gzipped} bytes minified and gzipped (rxjs excluded)`);
    expect(gzipped).toBeLessThan(8 * 1024);
    expect(inputs.filter((f) => /node_modules\/(ws|jose|protobufjs|pako|long)\//.test(f) || f.startsWith('node:'))).toEqual([]);
    expect(inputs.filter((f) => /src\/(decoders|api|sources|relay|simulator|cli)\//.test(f))).toEqual(['src/decoders/events.ts']);
  });
});
