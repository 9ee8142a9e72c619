import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { int } from '../db/convert.js';
import type { Row } from '../db/database.js';
import { badInput } from '../errors/app-error.js';
import { firstArg, LIST_SIZE } from './args.js';
import type { Reader } from './reader.js';

export const MAX_PAGE = LIST_SIZE.page.max;
export const DEFAULT_PAGE = LIST_SIZE.page.fallback;

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

/** Validates first/after (null is taken as absent); cursors are opaque offsets ("o:<n>" in base64url). */
export function pageOf(args: { first?: number | null; after?: string | null }): Page {
  const limit = firstArg(args.first, 'page');
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
 * One page of a filtered list: the `list` statement fetches limit+1 rows after `skip`; the
 * `count` statement (same filters) runs only if the client selects totalCount.
 */
export async function fetchPage<T>(
  reader: Reader,
  keys: { list: string; count: string },
  params: Record<string, unknown>,
  page: Page,
  toNode: (row: Row) => T,
): Promise<Connection<T>> {
  const rows = await reader.rows(keys.list, {
    ...params,
    skip: int(page.skip),
    limit: int(page.limit + 1),
  });
  const count = async () => Number((await reader.rows(keys.count, params))[0]?.n ?? 0);
  return connectionOf(rows.map(toNode), page, count);
}
