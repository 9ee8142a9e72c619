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

/** Validates first/after; cursors are opaque offsets ("o:<n>" in base64url). */
export function pageOf(args: PageArgs): Page {
  const limit = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE)
    throw badInput('first', `must be between 0 and ${MAX_PAGE}, got ${args.first}`);
  let skip = 0;
  if (args.after) {
    const m = /^o:(\d+)$/.exec(Buffer.from(args.after, 'base64url').toString('utf8'));
    if (!m) throw badInput('after', 'is not a cursor returned by this API');
    skip = Number(m[1]) + 1;
  }
  return { skip, limit };
}

export function nestedLimit(first: number | undefined, fallback = 50): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_NESTED)
    throw badInput('first', `must be between 0 and ${MAX_NESTED}, got ${first}`);
  return n;
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
