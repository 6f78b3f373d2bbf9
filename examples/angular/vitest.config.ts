import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    // The Angular JIT compiler, for the decorators of the classes the specs create.
    setupFiles: ['@angular/compiler'],
  },
});
