import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [
    vue(),
    // Precompiles src/locales/*.json so the runtime-only vue-i18n build (no message compiler) is enough.
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./src/locales/**', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      dropMessageCompiler: true,
      strictMessage: true,
    }),
    // Brotli and gzip copies written once at build, at the highest levels, beside each file: the
    // server sends the one the browser accepts and never compresses the client per request.
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      exclude: [/\.vite\//],
      logLevel: 'silent',
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true, ws: true },
      '/healthz': { target: api, changeOrigin: true },
      '/exports': { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    manifest: true,
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
  },
});
