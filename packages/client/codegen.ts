import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,vue}', '!src/gql/**/*', '!src/**/*.test.ts'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
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
