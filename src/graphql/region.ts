import { badInput } from '../errors/app-error.js';
import type { RequestContext } from '../server/context.js';

/**
 * Resolves a name, alias or id of a node (e.g. "高新区", "郑州高新区" or "zz-gaoxin") to its id.
 * Unknown names are a user error naming the argument, not an empty answer.
 */
export async function resolveId(
  ctx: RequestContext,
  label: string,
  value: string | null | undefined,
  argument: string,
): Promise<string | null> {
  if (value === null || value === undefined) return null;
  const text = nameArg(argument, value);
  // Id-shaped text (ascii slug) is tried as an id first; anything else (Chinese names, "NEV") by
  // name and alias only. Each path is one batched statement.
  let hit = ID_SHAPE.test(text)
    ? await ctx.loaders.one('entity/by-uids', `${label}:${text}`)
    : null;
  if (!hit) {
    hit = await ctx.loaders.one('entity/by-names', text, { label });
    // Later look-ups of the same node by id need no statement of their own.
    if (hit)
      ctx.loaders.prime('entity/by-uids', `${label}:${String((hit.node as { id: string }).id)}`, [
        hit,
      ]);
  }
  if (!hit) throw badInput(argument, `no ${LABEL_NAMES[label] ?? label} named "${text}"`);
  return String((hit.node as { id: string }).id);
}

/**
 * Longest name, alias or id a look-up accepts. No node's name comes near it, and a longer text
 * would only cost the full-text index work for a certain miss.
 */
export const MAX_NAME_LENGTH = 200;

/** A trimmed name/id argument: empty or overlong text is a BAD_USER_INPUT naming the argument. */
export function nameArg(argument: string, value: string): string {
  const text = value.trim();
  if (!text) throw badInput(argument, 'must not be empty');
  if (text.length > MAX_NAME_LENGTH)
    throw badInput(argument, `must be at most ${MAX_NAME_LENGTH} characters`);
  return text;
}

const ID_SHAPE = /^[a-z0-9][a-z0-9-]*$/;

const LABEL_NAMES: Record<string, string> = {
  District: 'region (区域)',
  Park: 'park (园区)',
  IndustryChain: 'chain (产业链)',
  ChainSegment: 'segment (环节)',
  Enterprise: 'enterprise (企业)',
  Cluster: 'cluster (集群)',
  Event: 'event (活动)',
  Source: 'source (来源)',
};
