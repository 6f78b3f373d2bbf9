import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// `npm install && npm run demo` on a fresh clone: dist/ is missing, and predemo
// (scripts/ensure-built.mjs --cli) builds what the command line runs without the type declarations.
describe('scripts/ensure-built.mjs on a clone without dist/', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tlrx-clone-'));
  for (const entry of ['src', 'scripts', 'package.json', 'tsup.config.ts', 'tsconfig.json']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--cli builds the command line and the overlay script, not the declarations, and the CLI runs', () => {
    const run = spawnSync(process.execPath, ['scripts/ensure-built.mjs', '--cli'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^Building dist\/ \(\.\/dist\/cli\.js/);
    expect(existsSync(join(dir, 'dist/cli.js'))).toBe(true);
    expect(existsSync(join(dir, 'dist/overlay.global.js'))).toBe(true);
    expect(readdirSync(join(dir, 'dist')).filter((f) => f.endsWith('.d.ts'))).toEqual([]);
    const version = execFileSync(process.execPath, ['dist/cli.js', '--version'], { cwd: dir, encoding: 'utf8' });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
  }, 240_000);

  it('a second run finds it built and builds nothing', () => {
    const run = spawnSync(process.execPath, ['scripts/ensure-built.mjs', '--cli'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

});
