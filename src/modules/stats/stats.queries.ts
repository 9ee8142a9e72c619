import { knownMoney } from '../../core/round.js';
import type { Reader } from '../../graphql/reader.js';
import type { ProjectFilter } from '../project/project.input.js';
import { projectFilterParams } from '../project/project.queries.js';
import type { ProjectGroup, ProjectGrouping } from './stats.type.js';

/** Data access of project statistics (cypher/stats/*): flat groups for dashboards and BI. */

export async function projectGroups(
  reader: Reader,
  groupBy: ProjectGrouping,
  filter: ProjectFilter | null | undefined,
): Promise<ProjectGroup[]> {
  const rows = await reader.rows('stats/projects-by', {
    ...(await projectFilterParams(reader, filter)),
    groupBy: groupBy.toLowerCase(),
  });
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
