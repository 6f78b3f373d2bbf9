import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('generated protobuf code', () => {
  it('is exactly what `npm run proto` makes from webcast.proto', () => {
    const out = mkdtempSync(join(tmpdir(), 'tlrx-proto-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts/gen-proto.mjs')], { env: { ...process.env, GEN_PROTO_OUT: out }, stdio: 'pipe' });
      for (const file of ['webcast.js', 'webcast.d.ts']) {
        expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(root, 'src/decoders/generated', file), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('imports only protobufjs/minimal (and our int64 reader) and never evaluates strings', () => {
    const code = readFileSync(join(root, 'src/decoders/generated/webcast.js'), 'utf8');
    expect(code.match(/^import .*$/gm)).toEqual(['import $protobuf from "protobufjs/minimal.js";', 'import { readInt64 as $readInt64 } from "../int64.js";']);
    expect(code).not.toContain('reader.int64()');
    expect(code).not.toMatch(/\beval\(|new Function\(/);
  });
});
