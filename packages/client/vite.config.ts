import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import vue from '@vitejs/plugin-vue';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import { compression } from 'vite-plugin-compression2';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const api = 'http://localhost:4000';

/**
 * index.html's placeholder (shown before the app mounts) speaks Lithuanian from the same messages
 * as the app: `%t:app.lagName%` becomes that message of src/locales/lt.json, HTML-escaped. An
 * unknown key fails the build rather than showing the key.
 */
function htmlMessages(): Plugin {
  const messages: unknown = JSON.parse(readFileSync(new URL('./src/locales/lt.json', import.meta.url), 'utf8'));
  const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
  const message = (key: string) => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
    if (typeof value !== 'string') throw new Error(`index.html: no Lithuanian message ${key}`);
    return value.replace(/[&<>"]/g, (character) => escapes[character]!);
  };
  return {
    name: 'telka:html-messages',
    transformIndexHtml: (html) => html.replace(/%t:([\w.]+)%/g, (_, key: string) => message(key)),
  };
}

/**
 * In the build, each `graphql(`…`)` call becomes an import of its document (GraphQL Code
 * Generator's own Babel plugin, run after Vue has compiled the file), so the `graphql()` lookup,
 * keyed by the source text of every document of the app, is not shipped. Each document is then a
 * module of its own (`virtual:telka-document/<Name>`, its AST cut from src/gql/graphql.ts), so it
 * travels in the chunk of the code that uses it: the first load carries only the documents of the
 * first screen, not those of every lazy page. Development and tests keep the lookup.
 */
function graphqlDocumentsPerChunk(): Plugin {
  const artifactDirectory = fileURLToPath(new URL('./src/gql', import.meta.url));
  const artifacts = `${artifactDirectory}/graphql.ts`;
  const prefix = 'virtual:telka-document/';
  let documents: Map<string, string> | null = null;
  // graphql.ts writes each document on one line: `export const NameDocument = {…} as unknown as DocumentNode<…>;`
  const readDocuments = () =>
    (documents ??= new Map(
      [
        ...readFileSync(artifacts, 'utf8').matchAll(
          /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm,
        ),
      ].map(([, name, ast]) => [name!, ast!]),
    ));
  return {
    name: 'telka:graphql-documents-per-chunk',
    apply: 'build',
    enforce: 'post',
    resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const name = id.slice(prefix.length + 1);
      const ast = readDocuments().get(name);
      if (!ast) throw new Error(`No document ${name} in src/gql/graphql.ts: run codegen`);
      return `export const ${name} = ${ast};`;
    },
    async transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.(ts|vue)$/.test(file) || file.startsWith(artifactDirectory) || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: 'graphql' }]],
      });
      if (!result?.code) return null;
      const perDocument = result.code.replace(
        /^import \{ (\w+(?:Document|FragmentDoc)) \} from "[^"]*gql\/graphql";$/gm,
        (_, name: string) => `import { ${name} } from "${prefix}${name}";`,
      );
      return { code: perDocument, map: result.map };
    },
  };
}

export default defineConfig({
  plugins: [
    vue(),
    htmlMessages(),
    graphqlDocumentsPerChunk(),
    // Precompiles src/locales/*.json and the features' own messages (features/*/locales) so the runtime-only vue-i18n build (no message compiler) is enough.
    VueI18nPlugin({
      include: [
        fileURLToPath(new URL('./src/locales/**', import.meta.url)),
        fileURLToPath(new URL('./src/features/*/locales/**', import.meta.url)),
      ],
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
      '/files': { target: api, changeOrigin: true },
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
