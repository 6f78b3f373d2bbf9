import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as a user gets it: the files `npm pack` publishes, copied into a fresh project's
 * node_modules beside its dependencies (and nothing else: no @types/ws), then compiled by a strict
 * TypeScript (`exactOptionalPropertyTypes` too) with the compiler options users have — the README's
 * code samples, an import of every entry, and every public options type.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};
const SUBPATHS = Object.keys(pkg.exports).filter((k) => k !== './package.json');
const SPECIFIERS = SUBPATHS.map((s) => `${pkg.name}${s.slice(1)}`);

interface Packed {
  size: number;
  unpackedSize: number;
  files: Array<{ path: string; size: number }>;
}

/** What `npm pack` would publish (dist/ was built by `npm test`'s pretest). */
function packList(): Packed {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(out) as Packed[])[0]!;
}

/** A fresh project holding the published files and its dependencies (`extra`: more packages it installed itself). */
function userProject(packed: Packed, extra: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiktok-live-rx-user-'));
  const installed = join(dir, 'node_modules', pkg.name);
  for (const f of packed.files) {
    mkdirSync(dirname(join(installed, f.path)), { recursive: true });
    cpSync(join(ROOT, f.path), join(installed, f.path));
  }
  for (const dep of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies), '@types/node', ...extra]) {
    mkdirSync(dirname(join(dir, 'node_modules', dep)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', dep), join(dir, 'node_modules', dep), 'dir');
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'user-app', private: true, type: 'module' }));
  return dir;
}

/** A whole program with rxjs's, Node's (and vitest's) types, checked without skipLibCheck: slow on a busy machine. */
const COMPILE_TIMEOUT = 180_000;

const STRICT: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: ['node'],
};
const RESOLUTIONS: Record<string, ts.CompilerOptions> = {
  nodenext: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
  bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
  // Older setups: no `exports`, subpaths through `typesVersions`.
  node10: { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 },
};

/** Compiles `files` (name → code) in `dir` and returns the errors, one line each. */
function typecheck(dir: string, files: Record<string, string>, resolution: string): string[] {
  const names = Object.entries(files).map(([name, code]) => {
    const file = join(dir, 'src', name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, code);
    return file;
  });
  const program = ts.createProgram(names, { ...STRICT, ...RESOLUTIONS[resolution] });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/** Each ```ts block of README.md, named by the line it starts on. */
function readmeSnippets(): Array<{ line: number; code: string }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => ({ line: readme.slice(0, m.index).split('\n').length, code: m[1]! }));
}

let packed: Packed;
let bare: string; // the package and its dependencies only
let withWs: string; // a user who also uses ws, vitest and undici (as the README's decoder, testing and proxy samples do)
beforeAll(() => {
  packed = packList();
  bare = userProject(packed, []);
  withWs = userProject(packed, ['@types/ws', 'vitest', 'undici']);
});
afterAll(() => {
  for (const dir of [bare, withWs]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the published package', () => {
  it('has no install-time script (npm warns about them, and the build needs dev dependencies)', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: object }).scripts);
    expect(scripts.filter((s) => /^(pre|post)?(install|prepare)$/.test(s))).toEqual([]);
  });

  it('publishes no source maps, and dist/ holds each module once', () => {
    expect(packed.files.filter((f) => f.path.endsWith('.map'))).toEqual([]);
    expect(packed.files.every((f) => /^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(f.path))).toBe(true);
    // The CLI shares the entries' chunks: the Node ESM build (dist/*.js) holds the decoders once. (dist/edge/
    // is the root entry built apart for runtimes without ws, chosen by export conditions instead of it.)
    const esm = packed.files.filter((f) => /^dist\/[^/]+\.js$/.test(f.path) && readFileSync(join(ROOT, f.path), 'utf8').includes('function decodeFrame('));
    expect(esm.map((f) => f.path)).toHaveLength(1);
    // The decoders' schemas of all 73 event types are about 1.5 MB of it (ESM, CommonJS and types); the
    // proxy tunnel, the polling transport and the fleet took it to about 3.51 MB.
    expect(packed.unpackedSize).toBeLessThan(3_600_000);
  });

  it.each(Object.keys(RESOLUTIONS))('every entry typechecks without @types/ws (moduleResolution %s)', (resolution) => {
    const code = SPECIFIERS.map((s, i) => `import * as entry${i} from '${s}';\nexport const keys${i}: string[] = Object.keys(entry${i});\n`).join('');
    expect(typecheck(bare, { [`entries-${resolution}.ts`]: code }, resolution)).toEqual([]);
  }, COMPILE_TIMEOUT);
});

describe("README.md's TypeScript samples", () => {
  const snippets = readmeSnippets();

  it('there are samples, each a module of its own', () => {
    expect(snippets.length).toBeGreaterThan(4);
    for (const s of snippets) expect(s.code, `README.md:${s.line}`).toMatch(/^import /m);
  });

  it.each(['nodenext', 'bundler'])('compile as written under strict + exactOptionalPropertyTypes (moduleResolution %s)', (resolution) => {
    const files = Object.fromEntries(snippets.map((s) => [`readme/line-${s.line}.ts`, s.code]));
    expect(typecheck(withWs, files, resolution)).toEqual([]);
  }, COMPILE_TIMEOUT);

  it('handle errors wherever they subscribe (an unhandled error crashes the process)', () => {
    const missing: string[] = [];
    for (const s of snippets) {
      const source = ts.createSourceFile('snippet.ts', s.code, ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'subscribe') {
          const [observer] = node.arguments;
          const handlesErrors =
            observer !== undefined && ts.isObjectLiteralExpression(observer) && observer.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'error');
          if (!handlesErrors) missing.push(`README.md:${s.line + source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().split('\n')[0]}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(missing).toEqual([]);
  });
});

describe('public options types', () => {
  it('accept undefined for every optional option (as `process.env.X` gives), under exactOptionalPropertyTypes', () => {
    // Every exported type named …Options, and the options parameter of every exported function, read from the published types.
    const entries = SPECIFIERS.map((s, i) => `export * as entry${i} from '${s}';`).join('\n');
    const probe = join(bare, 'src', 'probe.ts');
    writeFileSync(probe, entries);
    const program = ts.createProgram([probe], { ...STRICT, ...RESOLUTIONS.nodenext });
    const checker = program.getTypeChecker();
    const checks = new Set<string>();
    SPECIFIERS.forEach((specifier, i) => {
      const statement = program.getSourceFile(probe)!.statements[i] as ts.ExportDeclaration;
      const moduleSymbol = checker.getSymbolAtLocation(statement.moduleSpecifier!)!;
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const name = exported.name;
        // The error classes' constructor options are left out: users read errors, they do not build them.
        if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias) && /Options$/.test(name) && !/ErrorOptions$/.test(name)) {
          const generic = (symbol.declarations ?? []).some((d) => (ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d)) && d.typeParameters?.length);
          checks.add(`check<import('${specifier}').${name}${generic ? '<unknown>' : ''}>('${specifier}: ${name}');`);
        }
        if (symbol.flags & ts.SymbolFlags.Function) {
          const signature = checker.getSignaturesOfType(checker.getTypeOfSymbol(symbol), ts.SignatureKind.Call).at(-1);
          signature?.parameters.forEach((p, index) => {
            if (/options$/i.test(p.name)) checks.add(`check<NonNullable<Parameters<typeof import('${specifier}').${name}>[${index}]>>('${specifier}: ${name}(…${p.name})');`);
          });
        }
      }
    });
    expect(checks.size).toBeGreaterThan(30);
    const code = `
type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];
/** true when every optional property of T takes undefined; otherwise the names of those that do not. */
type AcceptsUndefined<T> = [T] extends [object] ? { [K in OptionalKeys<T>]: { [P in K]: undefined } extends Pick<T, K> ? never : K }[OptionalKeys<T>] : never;
declare function check<T>(name: [AcceptsUndefined<T>] extends [never] ? string : { rejectsUndefined: AcceptsUndefined<T> }): void;
${[...checks].join('\n')}
`;
    expect(typecheck(bare, { 'options.ts': code }, 'nodenext')).toEqual([]);
  }, COMPILE_TIMEOUT);
});
