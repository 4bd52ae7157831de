import { readFile } from 'node:fs/promises';
import { isEnumType, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildTelkaSchema } from './build-schema.js';
import { schemaFile } from './schema-file.js';

describe('packages/schema/schema.graphql', () => {
  it('is what the server emits (run `pnpm codegen` after changing the API)', async () => {
    const emitted = `${printSchema(await buildTelkaSchema())}\n`;
    expect(await readFile(schemaFile, 'utf8')).toBe(emitted);
  });

  it('describes every type and field, so the API documents itself', async () => {
    const schema = await buildTelkaSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      // The root types are containers; their fields carry the descriptions.
      if (!type.description && !['Query', 'Mutation', 'Subscription'].includes(type.name)) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('gives every enum value its own name as its value, which variables pass through twice', async () => {
    // graphql-jit coerces the variables graphql-js has coerced already (http/jit-gateway.ts): an
    // enum whose values differ from their names would not survive the second pass.
    const schema = await buildTelkaSchema();
    const renamed = Object.values(schema.getTypeMap())
      .filter(isEnumType)
      .flatMap((type) => type.getValues().filter((value) => value.value !== value.name))
      .map((value) => value.name);
    expect(renamed).toEqual([]);
  });
});
