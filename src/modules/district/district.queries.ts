import { relatedNode, relatedNodes, nodesOf } from '../../graphql/node-row.js';
import type { Reader } from '../../graphql/reader.js';
import type { Cluster } from '../cluster/cluster.type.js';
import type { Enterprise } from '../enterprise/enterprise.type.js';
import type { Park } from '../park/park.type.js';
import type { Project } from '../project/project.type.js';
import { resolveId } from '../entity/entity.queries.js';
import type { District, DistrictLevel } from './district.type.js';

/** Data access of regions (cypher/district/*). "In a region" follows the one region rule. */

/** Regions of one level and/or under one parent; with neither, the districts of 郑州. */
export async function listDistricts(
  reader: Reader,
  parent: string | null | undefined,
  level: DistrictLevel | null | undefined,
): Promise<District[]> {
  const parentId = await resolveId(
    reader,
    'District',
    parent ?? (level ? undefined : 'zhengzhou'),
    'parent',
  );
  const rows = await reader.rows('district/list', {
    parent: parentId,
    level: level?.toLowerCase() ?? null,
  });
  return nodesOf<District>(rows);
}

export const parentOf = (reader: Reader, id: string) =>
  relatedNode<District>(reader, 'district/parent', id);

export const childrenOf = (reader: Reader, id: string) =>
  relatedNodes<District>(reader, 'district/children', id);

export const parksIn = (reader: Reader, id: string, first: number) =>
  relatedNodes<Park>(reader, 'district/parks', id, { first });

export const enterprisesIn = (reader: Reader, id: string, first: number) =>
  relatedNodes<Enterprise>(reader, 'district/enterprises', id, { first });

export const projectsIn = (reader: Reader, id: string, first: number) =>
  relatedNodes<Project>(reader, 'district/projects', id, { first });

export const clustersOf = (reader: Reader, id: string) =>
  relatedNodes<Cluster>(reader, 'district/clusters', id);
