import { badInput } from '../errors/app-error.js';
import type { RequestContext } from '../server/context.js';
import { asNode, nodesOf } from './node-row.js';
import { nameArg } from './region.js';

/** Loads one node by id or by exact name/alias (Chinese names accepted); null when absent. */
export async function lookup<T>(
  ctx: RequestContext,
  label: string,
  id?: string | null,
  name?: string | null,
): Promise<T | null> {
  // null is the same as absent; an empty id or name with nothing else is refused by name.
  if (id) {
    const row = await ctx.loaders.one('entity/by-uids', `${label}:${nameArg('id', id)}`);
    return row ? asNode<T>(row.node) : null;
  }
  if (name !== null && name !== undefined) {
    const row = await ctx.loaders.one('entity/by-names', nameArg('name', name), { label });
    return row ? asNode<T>(row.node) : null;
  }
  if (id === '') throw badInput('id', 'must not be empty');
  throw badInput('id', 'give `id` or `name`');
}

/** Nodes related to a parent through a batched statement (one round trip for all parents). */
export async function related<T>(
  ctx: RequestContext,
  key: string,
  parent: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  return nodesOf<T>(await ctx.loaders.rows(key, params).load(parent));
}

/** The single related node, or null. */
export async function relatedOne<T>(
  ctx: RequestContext,
  key: string,
  parent: string,
  params: Record<string, unknown> = {},
): Promise<T | null> {
  const [first] = await related<T>(ctx, key, parent, params);
  return first ?? null;
}
