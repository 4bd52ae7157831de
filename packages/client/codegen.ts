import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,vue}', '!src/gql/**/*', '!src/**/*.test.ts'],
  ignoreNoDocuments: true,
  // Loaded in the schema's order (codegen would sort it): enums list their values in the order
  // people expect to see them.
  config: { sort: false },
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
