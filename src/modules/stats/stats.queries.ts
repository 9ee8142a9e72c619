import { knownMoney } from '../../core/round.js';
import type { Reader } from '../../graphql/reader.js';
import type { ProjectFilter } from '../project/project.input.js';
import { projectFilterParams } from '../project/project.queries.js';
import type { ProjectGroup, ProjectGrouping } from './stats.type.js';

/** Data access of project statistics (cypher/stats/*): flat groups for dashboards and BI. */

/**
 * Filters the project tallies hold (rollups/_tally-sig): region, status, chain, 三个一批 period and
 * list. Any other filter (park, segment, stage, enterprise, source, investment range, text) runs the
 * direct statement, which starts from the most selective anchor given.
 */
const DIRECT_ONLY = [
  'park',
  'segment',
  'stage',
  'enterprise',
  'source',
  'minInvest',
  'maxInvest',
  'text',
];

function tallyAnswers(params: Record<string, unknown>): boolean {
  return DIRECT_ONLY.every((k) => params[k] === null || params[k] === undefined);
}

export async function projectGroups(
  reader: Reader,
  groupBy: ProjectGrouping,
  filter: ProjectFilter | null | undefined,
): Promise<ProjectGroup[]> {
  const params = {
    ...(await projectFilterParams(reader, filter)),
    groupBy: groupBy.toLowerCase(),
  };
  let rows = tallyAnswers(params) ? await reader.rows('stats/projects-by-rollup', params) : null;
  // The tallies say when a signature cannot tell the answer (stats/projects-by-rollup): then the
  // direct statement runs, one more round trip.
  if (!rows || rows[0]?.exact === false) rows = await reader.rows('stats/projects-by', params);
  // Status and list keys read like the ProjectStatus and BatchList enums; "unknown" when absent.
  const enumKeys = groupBy === 'STATUS' || groupBy === 'LIST';
  return rows.map((r) => ({
    key: enumKeys && r.key !== 'unknown' ? String(r.key).toUpperCase() : String(r.key),
    name: (r.name as string | null) ?? null,
    projectCount: Number(r.projectCount),
    investmentKnownCount: Number(r.investmentKnownCount),
    totalInvestmentYi: knownMoney(r.totalInvestmentYi),
    outputKnownCount: Number(r.outputKnownCount),
    outputValueYi: knownMoney(r.outputValueYi),
  }));
}
