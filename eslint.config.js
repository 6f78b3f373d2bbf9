// @ts-check
import tseslint from 'typescript-eslint';
import rxjsX from 'eslint-plugin-rxjs-x';

/**
 * One layer's import rules: nothing from the folders `above` it, and (`node: false`) no Node built-ins,
 * (`rxjs: false`) no rxjs, (`ws: false`) no ws. Only src/fleet imports `redis` (an optional peer dependency).
 * @param {string} folder
 * @param {{ above: string[], node?: boolean, rxjs?: boolean, ws?: boolean, redis?: boolean }} rules
 */
function layer(folder, { above, node = true, rxjs = true, ws = true, redis = false }) {
  const patterns = [{ group: above.map((f) => `../${f}/*`), message: `src/${folder} sits below ${above.join(', ')}: it may not import them.` }];
  if (!node) patterns.push({ group: ['node:*'], message: `src/${folder} is client code: it must run outside Node.` });
  const paths = rxjs ? [] : [{ name: 'rxjs', message: `src/${folder} is plain functions: no rxjs.` }];
  if (!ws) paths.push({ name: 'ws', message: `src/${folder} runs in a browser too: no ws.` });
  if (!redis) paths.push({ name: 'redis', message: 'Only src/fleet imports redis (an optional peer dependency), and only lazily.' });
  return { files: [`src/${folder}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { paths, patterns }] } };
}

export default tseslint.config(
  // examples/angular is an Angular workspace of its own: its tsconfig, its own install, `ng build` typechecks it.
  { ignores: ['dist/', 'node_modules/', '.runtimes/', 'src/decoders/generated/', 'bench/results/', 'scratch/', 'test-artifacts/', 'examples/angular/'] },
  ...tseslint.configs.recommended,
  {
    // RxJS rules need type information: every folder that uses rxjs.
    files: ['src/operators/**/*.ts', 'src/sources/**/*.ts', 'src/relay/**/*.ts', 'src/fleet/**/*.ts', 'src/cli/**/*.ts', 'src/testing/**/*.ts', 'src/compat/**/*.ts', 'examples/**/*.ts'],
    extends: [rxjsX.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers (DESIGN.md §1): a folder imports nothing above it. Client code (decoders, api, operators,
  // sources) also runs outside Node, so it imports no Node built-ins.
  layer('decoders', { above: ['api', 'operators', 'sources', 'simulator', 'relay', 'fleet', 'cli'], node: false, rxjs: false }),
  layer('api', { above: ['operators', 'sources', 'simulator', 'relay', 'fleet', 'cli'], node: false, rxjs: false }),
  layer('operators', { above: ['sources', 'simulator', 'relay', 'fleet', 'cli'], node: false }),
  layer('sources', { above: ['simulator', 'relay', 'fleet', 'cli'], node: false }),
  layer('simulator', { above: ['api', 'operators', 'sources', 'relay', 'fleet', 'cli'] }),
  layer('relay', { above: ['simulator', 'cli'] }),
  // Workers and consumers on Redis (Node only): beside the relay, above sources; the relay may read from
  // it, the CLI drives it; never the simulator or the CLI, nor the relay (the relay imports fleet).
  layer('fleet', { above: ['simulator', 'relay', 'cli'], redis: true }),
  // The @tiktool/live-style class over liveRoom$: client code like the root entry, on every runtime.
  layer('compat', { above: ['simulator', 'relay', 'fleet', 'cli', 'browser', 'testing'], node: false, ws: false }),
  // Test helpers for users' marble tests, in a browser test runner too: event types, operators and rxjs only.
  layer('testing', { above: ['api', 'sources', 'simulator', 'relay', 'fleet', 'cli'], node: false, ws: false }),
  // The page's side of the relay: no Node, no ws or jose, no wire decoding.
  layer('browser', { above: ['decoders', 'api', 'sources', 'simulator', 'relay', 'fleet', 'cli'], node: false, ws: false }),
  {
    // The error taxonomy, redaction and runtime detection sit below every layer.
    files: ['src/errors.ts', 'src/redact.ts', 'src/runtime.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['./*/*', 'node:*', 'rxjs'], message: 'errors.ts, redact.ts and runtime.ts sit below every layer.' }] }] },
  },
  {
    files: ['src/operators/**/*.ts', 'src/sources/**/*.ts', 'src/testing/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'setTimeout', message: 'Use an RxJS scheduler.' }, { name: 'setInterval', message: 'Use an RxJS scheduler.' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Use scheduler.now().' }],
    },
  },
);
