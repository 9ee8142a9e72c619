import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../errors/app-error.js';

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;
/** Nested lists (no cursor) are capped too, so one request cannot pull the whole graph. */
export const MAX_NESTED = 200;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `每页条数 / Page size (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}).`,
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: '游标 / Return items after this cursor (endCursor of the previous page).',
  })
  after?: string;
}

@ObjectType({ description: '分页信息 / Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: '是否有下一页 / Whether more items follow.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: '是否有上一页 / Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: '首项游标 / Cursor of the first item.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '末项游标 / Cursor of the last item; pass as `after`.',
  })
  endCursor!: string | null;
}

export interface Page {
  skip: number;
  limit: number;
}

/**
 * Largest offset a cursor may carry: far beyond any list of the graph, and far below the 64-bit
 * range, so `SKIP $skip LIMIT $limit` can never overflow in Cypher.
 */
export const MAX_OFFSET = 10_000_000;

/** Largest 三个一批 period number accepted by filters (the campaign has a few dozen at most). */
export const MAX_PERIOD = 10_000;

/**
 * An optional integer argument: null or absent gives the fallback; anything that is not an
 * integer in [min, max] is a BAD_USER_INPUT naming the argument. Every integer that reaches a
 * statement goes through here, so no client value becomes an out-of-range 64-bit integer.
 */
export function intArg(
  argument: string,
  value: number | null | undefined,
  range: { min: number; max: number; fallback: number },
): number {
  if (value === null || value === undefined) return range.fallback;
  if (!Number.isInteger(value) || value < range.min || value > range.max)
    throw badInput(
      argument,
      `must be a whole number between ${range.min} and ${range.max}, got ${value}`,
    );
  return value;
}

/** Like intArg, but null or absent stays null (an optional filter such as a period). */
export function optionalIntArg(
  argument: string,
  value: number | null | undefined,
  range: { min: number; max: number },
): number | null {
  if (value === null || value === undefined) return null;
  return intArg(argument, value, { ...range, fallback: range.min });
}

/** A 三个一批 period number (第N期), or null when not given. */
export const periodArg = (argument: string, value: number | null | undefined): number | null =>
  optionalIntArg(argument, value, { min: 1, max: MAX_PERIOD });

/** Validates first/after (null is taken as absent); cursors are opaque offsets ("o:<n>" in base64url). */
export function pageOf(args: { first?: number | null; after?: string | null }): Page {
  const limit = intArg('first', args.first, { min: 0, max: MAX_PAGE, fallback: DEFAULT_PAGE });
  let skip = 0;
  if (args.after !== null && args.after !== undefined && args.after !== '') {
    const m = /^o:(\d{1,8})$/.exec(Buffer.from(args.after, 'base64url').toString('utf8'));
    const offset = m ? Number(m[1]) : NaN;
    if (!Number.isSafeInteger(offset) || offset >= MAX_OFFSET)
      throw badInput('after', 'is not a cursor returned by this API');
    skip = offset + 1;
  }
  return { skip, limit };
}

/** The size of a nested list (no cursor): null or absent gives the fallback. */
export function nestedLimit(first: number | null | undefined, fallback = 50): number {
  return intArg('first', first, { min: 0, max: MAX_NESTED, fallback });
}

export const cursorAt = (offset: number): string =>
  Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Computed lazily: only when the client selects it. */
  totalCount?: () => Promise<number>;
}

/** Builds a connection from one page fetched with limit+1 rows (the extra row says "more"). */
export function connectionOf<T>(
  rows: T[],
  page: Page,
  totalCount?: () => Promise<number>,
): Connection<T> {
  const more = rows.length > page.limit;
  const nodes = more ? rows.slice(0, page.limit) : rows;
  const edges = nodes.map((node, i) => ({ cursor: cursorAt(page.skip + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: more,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/**
 * One page of a filtered list: the `listKey` statement fetches limit+1 rows after `skip`; the
 * `countKey` statement (same filters) runs only if the client selects totalCount.
 */
export async function fetchPage<T>(
  read: (key: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>,
  keys: { list: string; count: string },
  params: Record<string, unknown>,
  page: Page,
  toNode: (row: Record<string, unknown>) => T,
  int: (n: number) => unknown,
): Promise<Connection<T>> {
  const rows = await read(keys.list, {
    ...params,
    skip: int(page.skip),
    limit: int(page.limit + 1),
  });
  const count = async () => Number((await read(keys.count, params))[0]?.n ?? 0);
  return connectionOf(rows.map(toNode), page, count);
}
