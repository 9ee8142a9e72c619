import { nodesOf, relatedNodes } from '../../graphql/node-row.js';
import type { Reader } from '../../graphql/reader.js';
import type { IndustryChain } from '../chain/chain.type.js';
import { resolveId } from '../entity/entity.queries.js';
import type { Cluster, ClusterKind } from './cluster.type.js';

/** Data access of 产业集群 clusters (cypher/cluster/*). */

/** Clusters, optionally of one kind and defined for a region (name or id) or its sub-regions. */
export async function listClusters(
  reader: Reader,
  kind: ClusterKind | null | undefined,
  region: string | null | undefined,
): Promise<Cluster[]> {
  const regionId = await resolveId(reader, 'District', region, 'region');
  const rows = await reader.rows('cluster/list', {
    kind: kind?.toLowerCase() ?? null,
    region: regionId,
  });
  return nodesOf<Cluster>(rows);
}

export const chainsOf = (reader: Reader, clusterId: string) =>
  relatedNodes<IndustryChain>(reader, 'cluster/chains', clusterId);
