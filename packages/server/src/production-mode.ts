/**
 * The server runs as production unless told otherwise (`NODE_ENV=development` for `pnpm dev`).
 * Imported first by main.ts, before graphql: graphql-js decides at load whether to run its
 * development checks, which cost every resolved field (its `instanceOf`, on each type test).
 */
process.env.NODE_ENV ??= 'production';
