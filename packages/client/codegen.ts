import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { buildSchema } from 'graphql';

const config: CodegenConfig = {
  // Built here, in the schema's order, so enums list their values in the order people expect to
  // see them. Not through codegen's `sort: false` instead: that one option also stops codegen
  // sorting the documents by file path, and the files are read concurrently, so src/gql came out
  // in a different order on every run.
  schema: buildSchema(readFileSync('../schema/schema.graphql', 'utf8')),
  documents: ['src/**/*.{ts,vue}', '!src/gql/**/*', '!src/**/*.test.ts'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        // Enums as objects of their values (`Sector.NGO`), so the client lists them from the
        // schema rather than retyping them; the bundle keeps only those it uses.
        enumType: 'const',
        namingConvention: { enumValues: 'keep' },
        scalars: {
          DateTimeISO: 'string',
          LocalDate: 'string',
          EmailAddress: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
