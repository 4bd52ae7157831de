import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { isUuid } from './ids.js';
import { BadUserInputError } from './errors.js';

export const maxPageSize = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many to return, 1–${maxPageSize}.` })
  @Min(1, { message: 'must be at least 1' })
  @Max(maxPageSize, { message: `must be at most ${maxPageSize}` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (`pageInfo.endCursor`).' })
  after?: string | null;
}

@ObjectType({ description: 'Where a page sits in its list (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

/**
 * A keyset cursor: the ordering's value of the item plus its id, with the ordering's name so a
 * cursor from one ordering is refused by another.
 */
export type KeysetCursor = { order: string; value: string | number | null; id: string };

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.order, cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(cursor: string, order: string): KeysetCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const isValue = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number';
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      parsed[0] === order &&
      isValue(parsed[1]) &&
      typeof parsed[2] === 'string' &&
      isUuid(parsed[2])
    ) {
      return { order, value: parsed[1] as string | number | null, id: parsed[2] };
    }
  } catch {
    // fall through to the error below
  }
  throw BadUserInputError.field('after', 'INVALID_CURSOR', 'is not a cursor of this list and ordering');
}

export type Connection<T> = {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
};

/**
 * Builds a connection from `first + 1` fetched items: the extra one only tells that more follow.
 * `countAll` runs only if the client asks for `totalCount` (graphql reads the property then).
 */
export function toConnection<T>(
  items: { node: T; cursor: KeysetCursor }[],
  page: { first: number; after?: string | null },
  countAll: () => Promise<number>,
): Connection<T> {
  const edges = items.slice(0, page.first).map(({ node, cursor }) => ({ node, cursor: encodeCursor(cursor) }));
  return {
    edges,
    get totalCount() {
      return countAll();
    },
    pageInfo: {
      hasNextPage: items.length > page.first,
      hasPreviousPage: Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The Relay connection type of a node type: `XConnection { edges { cursor node } pageInfo totalCount }`. */
export function ConnectionType<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => Node, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection).` })
  class ConnectionClass {
    @Field(() => [Edge], { description: 'The items of this page.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where the page sits in the list.' })
    pageInfo!: PageInfo;

    // A promise (see toConnection), so not one of the plain fields read inline (schema/plain-fields.ts).
    @Field(() => Int, { description: 'How many items match the filters, across all pages.', simple: false })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Checks a plain `first` argument (lists that are not connections) against the page limit. */
export function checkFirst(first: number): number {
  if (first < 1 || first > maxPageSize) {
    throw BadUserInputError.field('first', first < 1 ? 'TOO_SMALL' : 'TOO_LARGE', `must be 1 to ${maxPageSize}`);
  }
  return first;
}
