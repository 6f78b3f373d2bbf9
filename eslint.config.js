// @ts-check
import tseslint from 'typescript-eslint';
import rxjsX from 'eslint-plugin-rxjs-x';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/decoders/generated/', 'bench/results/', 'scratch/', 'test-artifacts/'] },
  ...tseslint.configs.recommended,
  {
    // RxJS rules need type information: the stream code (operators, sources) and its specs.
    files: ['src/operators/**/*.ts', 'src/sources/**/*.ts'],
    extends: [rxjsX.configs.recommended],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Client code must run outside Node: no Node built-ins and no raw timers in stream code.
    files: ['src/decoders/**/*.ts', 'src/api/**/*.ts', 'src/operators/**/*.ts', 'src/sources/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'Client code must run outside Node.' }, { group: ['../simulator/*', '../cli/*'], message: 'Client code never imports the simulator or the CLI.' }] }],
    },
  },
  {
    files: ['src/operators/**/*.ts', 'src/sources/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'setTimeout', message: 'Use an RxJS scheduler.' }, { name: 'setInterval', message: 'Use an RxJS scheduler.' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Use scheduler.now().' }],
    },
  },
);
