import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // esbuild drops decorator metadata; swc keeps it for type-graphql and MikroORM.
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
    }),
  ],
  resolve: {
    // Node loads graphql's CommonJS build for Apollo and type-graphql; Vite would hand our code
    // the .mjs build, and two graphql realms refuse each other's types.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-file.ts'],
    // Each file gets its own database, so files run in parallel.
    fileParallelism: true,
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
