import { knownMoney, score } from '../../core/round.js';
import { fromDb, type ProjectStatus } from '../../graphql/enums.js';
import { int } from '../../db/convert.js';
import { badInput } from '../../errors/app-error.js';
import type { Reader } from '../../graphql/reader.js';
import type { Cluster } from '../cluster/cluster.type.js';
import type { District } from '../district/district.type.js';
import { findEntity, primeEntity, resolveId } from '../entity/entity.queries.js';
import { analyseChains, regionIds } from '../gaps/gaps.queries.js';
import type { GapOptionsInput } from '../gaps/gaps.type.js';
import type { ClusterProfile, ParkConcentration } from './profile.type.js';

/**
 * Data access of cluster and park profiles (cypher/profile/*): what a cluster holds per region,
 * with the coverage of each member chain from the gap analysis, and parks ranked by a chain.
 */

export async function clusterProfiles(
  reader: Reader,
  cluster: string,
  regions: string[] | null | undefined,
  options: GapOptionsInput | null | undefined,
): Promise<ClusterProfile[]> {
  // Three round trips with the cluster's own region: the name, the profile (which also gives the
  // region and the member chains), the member chains' analysis. Regions given by name add one.
  const clusterId = (await resolveId(reader, 'Cluster', cluster, 'cluster'))!;
  const given = regions?.length ? await regionIds(reader, regions) : null;
  const [clusterNode, rows] = await Promise.all([
    findEntity<Cluster>(reader, 'Cluster', clusterId),
    reader.rows('profile/cluster-profile-rollup', { cluster: clusterId, regions: given }),
  ]);
  if (!rows.length) throw badInput('regions', 'the cluster has no region; give `regions`');
  const ids = rows.map((r) => String(r.regionId));
  // The rows carry the region and chain nodes: later look-ups of them need no statement.
  for (const r of rows) primeEntity(reader, 'District', r.regionNode as { id: string });
  const chainNodes = (rows[0]?.chainNodes as { id: string }[]) ?? [];
  for (const c of chainNodes) primeEntity(reader, 'IndustryChain', c);
  const chains = chainNodes.map((c) => c.id);
  const [districts, coverage] = await Promise.all([
    Promise.all(ids.map((id) => findEntity<District>(reader, 'District', id))),
    chains.length ? analyseChains(reader, chains, ids, options, 0) : [],
  ]);
  return ids.map((regionId, i) => {
    const r = rows.find((x) => x.regionId === regionId) ?? {};
    return {
      cluster: clusterNode!,
      region: districts[i]!,
      enterprises: Number(r.enterprises ?? 0),
      projects: Number(r.projects ?? 0),
      investmentYi: knownMoney(r.investmentYi),
      investmentKnown: Number(r.investmentKnown ?? 0),
      projectsByStatus: (
        (r.byStatus as {
          status: string;
          n: number;
          investmentKnown: number;
          investmentYi: number | null;
        }[]) ?? []
      ).map((s) => ({
        status: s.status === 'unknown' ? null : (fromDb(s.status) as ProjectStatus),
        projects: Number(s.n),
        investmentKnown: Number(s.investmentKnown),
        investmentYi: knownMoney(s.investmentYi),
      })),
      leaders: (r.leaders as { id: string; name: string }[]) ?? [],
      parks: (r.parks as ClusterProfile['parks']) ?? [],
      coverage: coverage.map((a) => ({
        chain: a.chain,
        completeness: a.reports[i]!.completeness,
        dataCoverage: a.reports[i]!.coverage,
      })),
    };
  });
}

export async function parksByChain(
  reader: Reader,
  chain: string,
  region: string | null | undefined,
  limit: number,
): Promise<ParkConcentration[]> {
  const [chainId, regionId] = await Promise.all([
    resolveId(reader, 'IndustryChain', chain, 'chain'),
    resolveId(reader, 'District', region, 'region'),
  ]);
  const rows = await reader.rows('profile/parks-by-chain-rollup', {
    chain: chainId,
    region: regionId,
    limit: int(limit),
  });
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    district: r.districtId
      ? { id: String(r.districtId), name: (r.districtName as string) ?? null }
      : null,
    chainEnterprises: Number(r.chainEnterprises),
    allEnterprises: Number(r.allEnterprises),
    chainProjects: Number(r.chainProjects),
    share: r.share === null ? null : score(Number(r.share)),
    investmentKnown: Number(r.investmentKnown),
    investmentYi: knownMoney(r.investmentYi),
  }));
}
