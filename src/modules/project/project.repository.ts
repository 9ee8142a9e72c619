import { resolveId } from '../entity/entity.queries.js';
import { badInput } from '../../errors/app-error.js';
import { toDb } from '../../graphql/enums.js';
import { periodArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { ProjectSortField, type ProjectFilter, type ProjectOrder } from './project.input.js';

/** Turns a ProjectFilter (names allowed) into the parameters of project/list and project/count. */
export async function projectFilterParams(
  ctx: RequestContext,
  filter?: ProjectFilter | null,
): Promise<Record<string, unknown>> {
  // `filter: null` is the same as no filter; so is null in any of its fields.
  const f: ProjectFilter = filter ?? {};
  const minInvest = f.minInvestmentYi ?? null;
  const maxInvest = f.maxInvestmentYi ?? null;
  if (minInvest !== null && maxInvest !== null && minInvest > maxInvest) {
    throw badInput('filter.minInvestmentYi', 'must not exceed filter.maxInvestmentYi');
  }
  const period = periodArg('filter.period', f.period);
  const [region, park, chain, segment, enterprise, source] = await Promise.all([
    resolveId(ctx.reader, 'District', f.region, 'filter.region'),
    resolveId(ctx.reader, 'Park', f.park, 'filter.park'),
    resolveId(ctx.reader, 'IndustryChain', f.chain, 'filter.chain'),
    resolveId(ctx.reader, 'ChainSegment', f.segment, 'filter.segment'),
    resolveId(ctx.reader, 'Enterprise', f.enterprise, 'filter.enterprise'),
    resolveId(ctx.reader, 'Source', f.source, 'filter.source'),
  ]);
  return {
    region,
    park,
    chain,
    segment,
    enterprise,
    source,
    stage: f.stage ? toDb(f.stage) : null,
    statuses: f.status?.length ? f.status.map(toDb) : null,
    period,
    list: f.list ? toDb(f.list) : null,
    minInvest,
    maxInvest,
    text: f.text?.trim() || null,
  };
}

export function projectOrderParams(order?: ProjectOrder | null): { sort: string; desc: boolean } {
  const field = order?.field ?? ProjectSortField.INVESTMENT;
  const desc = order?.direction ? order.direction === 'DESC' : field !== ProjectSortField.NAME;
  return { sort: field.toLowerCase(), desc };
}
