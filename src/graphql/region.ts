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
  const text = value.trim();
  if (!text) throw badInput(argument, 'must not be empty');
  const [byId, byName] = await Promise.all([
    ctx.loaders.one('entity/by-uids', `${label}:${text}`),
    ctx.loaders.one('entity/by-names', text, { label }),
  ]);
  const hit = byName ?? byId;
  if (!hit) throw badInput(argument, `no ${LABEL_NAMES[label] ?? label} named "${text}"`);
  return String((hit.node as { id: string }).id);
}

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
