import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Bare module specifiers a built file reaches, following its relative chunks (`files`: the files it reached). */
function bareImports(entry: string, files = new Set<string>()): Set<string> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run "npm run build" first (npm install does it)`);
  const seen = files;
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*|require\(\s*)["']([^"']+)["']/g)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else bare.add(spec);
    }
  };
  visit(entry);
  return bare;
}

describe('published entry points', () => {
  it('tiktok-live-rx/operators is pure: rxjs only, no ws, protobufjs or pako (ESM and CJS)', () => {
    expect([...bareImports(join(DIST, 'operators.js'))]).toEqual(['rxjs']);
    expect([...bareImports(join(DIST, 'operators.cjs'))]).toEqual(['rxjs']);
  });

  it('tiktok-live-rx/testing runs in a browser test runner: rxjs only, no ws, wire code or Node built-ins (ESM and CJS)', () => {
    expect([...bareImports(join(DIST, 'testing.js'))].sort()).toEqual(['rxjs', 'rxjs/testing']);
    expect([...bareImports(join(DIST, 'testing.cjs'))].sort()).toEqual(['rxjs', 'rxjs/testing']);
  });

  it('tiktok-live-rx/browser is rxjs only: no ws, jose, wire code or Node built-ins (ESM and CJS)', () => {
    expect([...bareImports(join(DIST, 'browser.js'))]).toEqual(['rxjs']);
    expect([...bareImports(join(DIST, 'browser.cjs'))]).toEqual(['rxjs']);
  });

  it('the decoders need no Node built-ins and no ws', () => {
    const deps = [...bareImports(join(DIST, 'decoders.js'))].sort();
    expect(deps).toEqual(['pako', 'protobufjs/minimal.js']);
  });

  it('the root entry reaches ws only lazily, and no Node built-ins', () => {
    const deps = bareImports(join(DIST, 'index.js'));
    expect([...deps].filter((d) => d.startsWith('node:'))).toEqual([]);
    const code = [...new Set([join(DIST, 'index.js')])].map((f) => readFileSync(f, 'utf8')).join('');
    expect(code).not.toMatch(/from ["']ws["']/);
  });

  it('tiktok-live-rx/fleet (and the relay, which reads the fleet) loads without redis: the optional peer only lazily (ESM and CJS)', () => {
    for (const file of ['fleet.js', 'fleet.cjs', 'relay.js', 'relay.cjs']) {
      // The client code may sit in a chunk the entry shares with another (the relay reads the fleet's log).
      const files = new Set<string>();
      expect([...bareImports(join(DIST, file), files)], file).toContain('redis');
      const code = [...files].map((f) => readFileSync(f, 'utf8')).join('\n');
      expect(code, file).not.toMatch(/from ["']redis["']|require\(["']redis["']\)/);
      expect(code, file).toMatch(/import\(["']redis["']\)/);
    }
  });

  it('every export of package.json resolves, in ESM and CJS', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    const require = createRequire(import.meta.url);
    for (const subpath of Object.keys(pkg.exports).filter((k) => k !== './package.json')) {
      const name = `tiktok-live-rx${subpath.slice(1)}`;
      const esm = (await import(name)) as Record<string, unknown>;
      const cjs = require(name) as Record<string, unknown>;
      expect(Object.keys(esm).length, name).toBeGreaterThan(0);
      expect(Object.keys(cjs).sort(), name).toEqual(Object.keys(esm).filter((k) => k !== 'default').sort());
    }
  });

  it('the stages are in tiktok-live-rx/pipeline; the root no longer shadows rxjs\'s connect', async () => {
    // Loaded by a name the typecheck does not resolve, so it needs no dist/ before the build.
    const load = (name: string) => import(name) as Promise<Record<string, unknown>>;
    const pipeline = await load('tiktok-live-rx/pipeline');
    for (const stage of ['sign', 'connect', 'heartbeat', 'decode', 'retryWithBackoff', 'demultiplex']) expect(typeof pipeline[stage], stage).toBe('function');
    const root = await load('tiktok-live-rx');
    expect(root.connect).toBeUndefined();
    expect(root.sign).toBe(pipeline.sign);
    const operators = await load('tiktok-live-rx/operators');
    expect(Object.keys(operators).filter((k) => k in pipeline)).toEqual([]);
    expect(typeof operators.comboEnd).toBe('function');
  });

  it('tiktok-live-rx/testing makes events as the source does', async () => {
    const load = (name: string) => import(name) as Promise<Record<string, (...args: unknown[]) => Record<string, unknown>>>;
    const testing = await load('tiktok-live-rx/testing');
    const gift = testing.giftEvent!({ repeatEnd: true, user: { uniqueId: 'alice' } });
    expect(gift).toMatchObject({ type: 'gift', repeatEnd: true, combo: false, user: { uniqueId: 'alice' } });
    expect(gift.msgId).toMatch(/^\d{19}$/);
  });

  it('tiktok-live-rx/compat has the SDK class and helpers, the same error classes as the root, and no Node built-ins or static ws', async () => {
    const load = (name: string) => import(name) as Promise<Record<string, unknown>>;
    const compat = await load('tiktok-live-rx/compat');
    const root = await load('tiktok-live-rx');
    for (const name of ['TikTokLive', 'callApi', 'fetchSignedUrl', 'resolveRoomId', 'resolveLivePage', 'solvePuzzle', 'solveRotate', 'solveShapes']) {
      expect(typeof compat[name], name).toBe('function');
    }
    expect(compat.SignAuthError).toBe(root.SignAuthError);
    expect(compat.callApi).toBe(root.callApi);
    const TikTokLive = compat.TikTokLive as new (options: { uniqueId: string }) => { connected: boolean; eventCount: number; roomId: string };
    expect(new TikTokLive({ uniqueId: 'someone' })).toMatchObject({ connected: false, eventCount: 0, roomId: '' });
    for (const file of ['compat.js', 'compat.cjs']) {
      const deps = [...bareImports(join(DIST, file))];
      expect(deps.filter((d) => d.startsWith('node:')), file).toEqual([]);
      expect(deps, file).not.toContain('jose');
      expect(readFileSync(join(DIST, file), 'utf8'), file).not.toMatch(/from ["']ws["']/);
    }
  });
});
