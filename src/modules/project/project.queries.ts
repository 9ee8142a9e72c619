import type { Span } from '../../dataset/records.js';
import { badInput } from '../../errors/app-error.js';
import { periodArg } from '../../graphql/args.js';
import { type BatchList, toDb } from '../../graphql/enums.js';
import { asNode, provenanceOf } from '../../graphql/node-row.js';
import { fetchPage, type Page } from '../../graphql/pagination.js';
import type { Reader } from '../../graphql/reader.js';
import type { SegmentMapping } from '../chain/chain-relations.type.js';
import { segmentMappings } from '../chain/chain.queries.js';
import { resolveId, resolveScope } from '../entity/entity.queries.js';
import type { ProjectParticipant } from './participation.type.js';
import { ProjectSortField, type ProjectFilter, type ProjectOrder } from './project.input.js';
import type { BatchListing, Capacity, Project, RosterEntry } from './project.type.js';

/**
 * Data access of projects (cypher/project/*): the filter every project question shares (list,
 * count, statistics, pipeline), and what a project is related to.
 */

/** Turns a ProjectFilter (names allowed) into the parameters of project/list and project/count. */
export async function projectFilterParams(
  reader: Reader,
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
  return {
    ...(await resolveScope(reader, f)),
    enterprise: await resolveId(reader, 'Enterprise', f.enterprise, 'filter.enterprise'),
    stage: f.stage ? toDb(f.stage) : null,
    statuses: f.status?.length ? f.status.map(toDb) : null,
    period,
    list: f.list ? toDb(f.list) : null,
    rosters: f.includeRosters ?? false,
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

/** One page of projects under a filter, in an order, with the total count. */
export async function projectPage(
  reader: Reader,
  filter: ProjectFilter | null | undefined,
  order: ProjectOrder | null | undefined,
  page: Page,
) {
  const params = await projectFilterParams(reader, filter);
  return fetchPage(
    reader,
    { list: 'project/list', count: 'project/count' },
    { ...params, ...projectOrderParams(order) },
    page,
    (r) => asNode<Project>(r.node),
  );
}

/** The enterprises undertaking or investing in a project, with their role. */
export async function participantsOf(reader: Reader, id: string): Promise<ProjectParticipant[]> {
  const rows = await reader.batch('project/enterprises', id);
  return rows.map((r) => ({
    enterprise: asNode(r.node),
    role: ((r.rel ?? {}) as { role?: string }).role ?? null,
  })) as ProjectParticipant[];
}

/** A project's 三个一批 listings, by period. */
export async function listingsOf(reader: Reader, id: string): Promise<BatchListing[]> {
  const rows = await reader.batch('project/batches', id);
  return rows.map((r) => {
    const e = r.node as { id: string; period?: number; date?: string };
    const rel = (r.rel ?? {}) as { list?: string };
    return {
      list: String(rel.list).toUpperCase(),
      period: e.period ?? null,
      date: e.date ?? null,
      eventId: e.id,
      projectId: id,
      evidence: provenanceOf(rel as Record<string, unknown>).evidence,
    } as BatchListing;
  });
}

/** The district rosters a project appears in (its list as of a period; not a listing). */
export async function rostersOf(reader: Reader, id: string): Promise<RosterEntry[]> {
  const rows = await reader.batch('project/rosters', id);
  return rows.map((r) => {
    const e = r.node as { period?: number; date?: string };
    const rel = (r.rel ?? {}) as { list?: string };
    return {
      list: String(rel.list).toUpperCase() as BatchList,
      period: e.period ?? null,
      date: e.date ?? null,
      region: ((r.region ?? null) as { name?: string } | null)?.name ?? null,
      evidence: provenanceOf(rel as Record<string, unknown>).evidence,
    };
  });
}

/** The chain segments a project adds capacity to, with the basis. */
export async function segmentsOf(reader: Reader, id: string): Promise<SegmentMapping[]> {
  return segmentMappings(await reader.batch('project/segments', id));
}

/** The stated capacities kept on the project node as imported (spans as {source, start, end}). */
export function capacitiesOf(p: { capacityJson?: string }): Capacity[] {
  if (!p.capacityJson) return [];
  const list = JSON.parse(p.capacityJson) as (Omit<Capacity, 'evidence'> & {
    evidence?: Span[];
  })[];
  return list.map((c) => ({
    what: c.what,
    stated: c.stated,
    unit: c.unit,
    evidence: (c.evidence ?? []).map((e) => ({ sourceId: e.source, start: e.start, end: e.end })),
  }));
}
