import {
  getNamedType,
  getNullableType,
  GraphQLID,
  GraphQLString,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../src/accounts/account.enums.js';
import { encodeCursor } from '../src/common/pagination.js';
import { buildTelkaSchema } from '../src/schema/build-schema.js';
import { Factory } from './factories.js';
import type { GraphQLClient } from './graphql-client.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * Every argument of every query and mutation, sent with the values an attacker would try, as an
 * administrator (who passes every authorisation check): the answer may be any error but an
 * internal one, and the values are refused before they reach SQL.
 */
let app: TestApp;
let admin: GraphQLClient;
const schema = await buildTelkaSchema();

beforeAll(async () => {
  app = await createTestApp();
  admin = await new Factory(app.orm).signedIn(app, { role: PlatformRole.ADMIN });
});

type Poison = { kind: string; id: string; text: string };
const poisons: Poison[] = [
  { kind: 'NUL bytes', id: '00000000-0000-4000-8000-000000000000', text: 'nul\u0000byte' },
  { kind: 'malformed ids', id: "1' or '1'='1", text: 'plain text' },
  { kind: 'ids of another shape', id: '12345', text: 'plain text' },
];

/** A value of `type` in which every ID is `poison.id` and every string `poison.text`. */
function valueOf(type: GraphQLInputType, poison: Poison, name: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [valueOf(nullable.ofType as GraphQLInputType, poison, name)];
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields()).map((field) => [field.name, valueOf(field.type, poison, field.name)]),
    );
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]?.value;
  if (nullable === GraphQLID) return poison.id;
  if (nullable === GraphQLString)
    return name === 'after' ? encodeCursor({ order: 'x', value: 1, id: poison.id }) : poison.text;
  if (isScalarType(nullable)) {
    return (
      { Int: 1, Float: 1.5, Boolean: true, DateTimeISO: '2026-01-01T00:00:00.000Z', Date: '2026-01-01' }[
        nullable.name
      ] ?? poison.text
    );
  }
  return null;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
  return `${kind} (${variables}) { ${field.name}(${args}) ${selection} }`;
}

const fieldsWithArguments = (['query', 'mutation'] as const).flatMap((kind) => {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {})
    .filter((field) => field.args.length > 0)
    .filter((field) => field.name !== 'signOut')
    .map((field) => ({ kind, field }));
});

describe.each(poisons)('arguments with $kind', (poison) => {
  it.each(fieldsWithArguments.map(({ kind, field }) => [`${kind} ${field.name}`, kind, field] as const))(
    '%s refuses them as bad input, never as an internal error',
    async (_name, kind, field) => {
      const variables = Object.fromEntries(field.args.map((arg) => [arg.name, valueOf(arg.type, poison, arg.name)]));
      const result = await admin.request(operation(kind, field), variables);
      const codes = (result.errors ?? []).map((error) => error.extensions?.code);
      expect(codes, JSON.stringify(result.errors)).not.toContain('INTERNAL_SERVER_ERROR');
    },
  );
});

describe('what the refusal says', () => {
  it('names the argument whose id is malformed', async () => {
    const result = await admin.request(`query ($id: ID) { initiative(id: $id) { id } }`, { id: 'not-an-id' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', code: 'INVALID_ID' }],
    });
  });

  it('names the input field that carries a NUL byte', async () => {
    const result = await admin.request(`mutation ($input: RegisterInput!) { register(input: $input) { __typename } }`, {
      input: { email: 'nul@example.test', password: 'long enough password', displayName: 'A\u0000B' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'displayName', code: 'INVALID_CHARACTER' }],
    });
  });

  it.each([
    [
      'a cursor of another ordering',
      encodeCursor({ order: 'TITLE', value: 'x', id: '00000000-0000-4000-8000-000000000000' }),
    ],
    [
      'a date that is not a date',
      encodeCursor({ order: 'NEWEST', value: 'yesterday', id: '00000000-0000-4000-8000-000000000000' }),
    ],
    ['an id that is not an id', encodeCursor({ order: 'NEWEST', value: '2026-01-01T00:00:00.000Z', id: 'x' })],
    [
      'a number where a date belongs',
      encodeCursor({ order: 'NEWEST', value: 12, id: '00000000-0000-4000-8000-000000000000' }),
    ],
    ['not base64 JSON at all', '%%%'],
  ])('refuses a forged cursor: %s', async (_name, after) => {
    const result = await admin.request(
      `query ($after: String) { initiatives(first: 5, after: $after) { totalCount } }`,
      {
        after,
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after', code: 'INVALID_CURSOR' }],
    });
  });
});
