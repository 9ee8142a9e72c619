import type { Row } from '../../db/database.js';
import { toDb, type Stage } from '../../graphql/enums.js';
import { asNode, nodesOf, provenanceOf, relatedNodes } from '../../graphql/node-row.js';
import type { Reader } from '../../graphql/reader.js';
import type { Cluster } from '../cluster/cluster.type.js';
import type { Enterprise } from '../enterprise/enterprise.type.js';
import { resolveId } from '../entity/entity.queries.js';
import type { Project } from '../project/project.type.js';
import type { ChainLeadership, ChainPosition, SegmentMapping } from './chain-relations.type.js';
import type { ChainSegment, IndustryChain } from './chain.type.js';

/**
 * Data access of chains and segments (cypher/chain/*, cypher/segment/*), and the mapping of the
 * relationships other modules return: segment mappings (OPERATES_IN, TARGETS) and 链主 roles.
 */

export async function listChains(reader: Reader): Promise<IndustryChain[]> {
  return nodesOf<IndustryChain>(await reader.rows('chain/list'));
}

/** A chain's segments in chain order, upstream first. */
export async function positionsOf(reader: Reader, chain: IndustryChain): Promise<ChainPosition[]> {
  const rows = await reader.batch('chain/segments', chain.id);
  return rows.map((r) => ({
    order: Number(r.order),
    segment: asNode<ChainSegment>(r.node),
    chain,
  })) as ChainPosition[];
}

/** How many segments a chain has (shares the batch of `positionsOf`). */
export async function segmentCount(reader: Reader, chainId: string): Promise<number> {
  return (await reader.batch('chain/segments', chainId)).length;
}

export const clustersOf = (reader: Reader, chainId: string) =>
  relatedNodes<Cluster>(reader, 'chain/clusters', chainId);

/** A chain's designated 链主, with region and source. */
export async function leadersOf(reader: Reader, chain: IndustryChain): Promise<ChainLeadership[]> {
  return leaderships(await reader.batch('chain/leaders', chain.id), 'chain', chain);
}

/** Segments, optionally of one chain (name or id) and stage. */
export async function listSegments(
  reader: Reader,
  chain: string | null | undefined,
  stage: Stage | null | undefined,
): Promise<ChainSegment[]> {
  const chainId = await resolveId(reader, 'IndustryChain', chain, 'chain');
  const rows = await reader.rows('chain/segment-list', {
    chain: chainId,
    stage: stage ? toDb(stage) : null,
  });
  return nodesOf<ChainSegment>(rows);
}

/** The chains a segment serves and its order in each. */
export async function chainsOf(reader: Reader, segment: ChainSegment): Promise<ChainPosition[]> {
  const rows = await reader.batch('segment/chains', segment.id);
  return rows.map((r) => ({
    order: Number(r.order),
    chain: asNode<IndustryChain>(r.node),
    segment,
  })) as ChainPosition[];
}

export const suppliersOf = (reader: Reader, segmentId: string) =>
  relatedNodes<ChainSegment>(reader, 'segment/suppliers', segmentId);

export const customersOf = (reader: Reader, segmentId: string) =>
  relatedNodes<ChainSegment>(reader, 'segment/customers', segmentId);

/** Firms operating in a segment, local ones first; optionally only in a region (name or id). */
export async function segmentEnterprises(
  reader: Reader,
  segmentId: string,
  region: string | null | undefined,
  first: number,
): Promise<Enterprise[]> {
  const regionId = await resolveId(reader, 'District', region, 'region');
  return relatedNodes<Enterprise>(reader, 'segment/enterprises', segmentId, {
    region: regionId,
    first,
  });
}

/** Projects targeting a segment, largest first; optionally only in a region (name or id). */
export async function segmentProjects(
  reader: Reader,
  segmentId: string,
  region: string | null | undefined,
  first: number,
): Promise<Project[]> {
  const regionId = await resolveId(reader, 'District', region, 'region');
  return relatedNodes<Project>(reader, 'segment/projects', segmentId, { region: regionId, first });
}

/** Rows of enterprise/segments or project/segments → SegmentMapping. */
export const segmentMappings = (rows: Row[]): SegmentMapping[] =>
  rows.map((r) => {
    const rel = (r.rel ?? {}) as Record<string, unknown>;
    return {
      segment: asNode(r.node),
      basis: String(rel.basis ?? ''),
      ...provenanceOf(rel),
    } as SegmentMapping;
  });

/** Rows with an enterprise, a chain and a LEADS relationship → ChainLeadership. */
export const leaderships = (
  rows: Row[],
  side: 'chain' | 'enterprise',
  self: unknown,
): ChainLeadership[] =>
  rows.map((r) => {
    const rel = (r.rel ?? {}) as Record<string, unknown>;
    const other = asNode(r.node);
    return {
      enterprise: side === 'chain' ? other : self,
      chain: side === 'chain' ? self : other,
      region: r.region ? asNode(r.region) : null,
      ...provenanceOf(rel),
    } as ChainLeadership;
  });
