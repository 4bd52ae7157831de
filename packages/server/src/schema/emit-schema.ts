import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { printSchema } from 'graphql';
import { schemaFile } from './schema-file.js';
import { buildTelkaSchema } from './build-schema.js';

/** Writes packages/schema/schema.graphql, the API contract the client is generated from. */
const schema = await buildTelkaSchema();
await writeFile(schemaFile, `${printSchema(schema)}\n`);
console.log(`wrote ${schemaFile}`);
