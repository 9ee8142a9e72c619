import { toDb } from '../../graphql/enums.js';
import { asNode, provenanceOf, relatedNode, relatedNodes } from '../../graphql/node-row.js';
import { fetchPage, type Page } from '../../graphql/pagination.js';
import type { Reader } from '../../graphql/reader.js';
import type { ChainLeadership, SegmentMapping } from '../chain/chain-relations.type.js';
import { leaderships, segmentMappings } from '../chain/chain.queries.js';
import { resolveScope } from '../entity/entity.queries.js';
import type { EnterpriseProject } from '../project/participation.type.js';
import { LinkKind, type EnterpriseLink } from './enterprise-link.type.js';
import type { EnterpriseFilter } from './enterprise.input.js';
import type { Enterprise } from './enterprise.type.js';

/**
 * Data access of enterprises (cypher/enterprise/*): the filtered list, and what an enterprise is
 * related to (group, segments, 链主 roles, projects, links to other firms).
 */

const LINK_KIND: Record<string, LinkKind> = {
  SUPPLIES_TO: LinkKind.SUPPLIER_OF,
  PARTNERS_WITH: LinkKind.PARTNER_OF,
  INVESTED_BY: LinkKind.INVESTED_BY,
};

/** Turns an EnterpriseFilter (names allowed) into the parameters of enterprise/list and count. */
export async function enterpriseFilterParams(
  reader: Reader,
  filter?: EnterpriseFilter | null,
): Promise<Record<string, unknown>> {
  // `filter: null` is the same as no filter; so is null in any of its fields.
  const f: EnterpriseFilter = filter ?? {};
  return {
    ...(await resolveScope(reader, f)),
    stage: f.stage ? toDb(f.stage) : null,
    kinds: f.kind?.length ? f.kind.map(toDb) : null,
    tags: f.tags?.length ? f.tags : null,
    hqOutside: f.hqOutside ?? null,
    chainLeader: f.chainLeader ?? null,
    reference: f.reference ?? null,
    text: f.text?.trim() || null,
  };
}

/** One page of enterprises under a filter, by name, with the total count. */
export async function enterprisePage(
  reader: Reader,
  filter: EnterpriseFilter | null | undefined,
  page: Page,
) {
  return fetchPage(
    reader,
    { list: 'enterprise/list', count: 'enterprise/count' },
    await enterpriseFilterParams(reader, filter),
    page,
    (r) => asNode<Enterprise>(r.node),
  );
}

export const parentOf = (reader: Reader, id: string) =>
  relatedNode<Enterprise>(reader, 'enterprise/parent', id);

export const subsidiariesOf = (reader: Reader, id: string) =>
  relatedNodes<Enterprise>(reader, 'enterprise/subsidiaries', id);

/** The chain segments an enterprise operates in, with the basis. */
export async function segmentsOf(reader: Reader, id: string): Promise<SegmentMapping[]> {
  return segmentMappings(await reader.batch('enterprise/segments', id));
}

/** The chains an enterprise leads (链主), with region and source. */
export async function leadershipsOf(reader: Reader, e: Enterprise): Promise<ChainLeadership[]> {
  return leaderships(await reader.batch('enterprise/leadership', e.id), 'enterprise', e);
}

/** The chains a source calls an enterprise a leading firm (龙头企业) of: not a 链主 designation. */
export async function leadingFirmOf(reader: Reader, e: Enterprise): Promise<ChainLeadership[]> {
  return leaderships(await reader.batch('enterprise/leading-firm-of', e.id), 'enterprise', e);
}

/** The projects an enterprise undertakes, largest first, with its role. */
export async function projectsOf(
  reader: Reader,
  id: string,
  first: number,
): Promise<EnterpriseProject[]> {
  const rows = await reader.batch('enterprise/projects', id, { first });
  return rows.map((r) => ({
    project: asNode(r.node),
    role: ((r.rel ?? {}) as { role?: string }).role ?? null,
  })) as EnterpriseProject[];
}

/** Supplier, partner and investor links of an enterprise, both directions. */
export async function linksOf(reader: Reader, e: Enterprise): Promise<EnterpriseLink[]> {
  const rows = await reader.batch('enterprise/links', e.id);
  return rows.map((r) => {
    const other = asNode<Enterprise>(r.node);
    const outgoing = r.outgoing === true;
    return {
      kind: LINK_KIND[String(r.type)]!,
      from: outgoing ? e : other,
      to: outgoing ? other : e,
      ...provenanceOf((r.rel ?? {}) as Record<string, unknown>),
    };
  });
}
