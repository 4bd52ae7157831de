import { readFile } from 'node:fs/promises';
import { printSchema } from 'graphql';
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
});
