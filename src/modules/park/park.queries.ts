import { nodesOf, relatedNode, relatedNodes } from '../../graphql/node-row.js';
import type { Reader } from '../../graphql/reader.js';
import type { District } from '../district/district.type.js';
import type { Enterprise } from '../enterprise/enterprise.type.js';
import { resolveId } from '../entity/entity.queries.js';
import type { Project } from '../project/project.type.js';
import type { Park } from './park.type.js';

/** Data access of parks (cypher/park/*). */

/** Parks, optionally those in a region (name or id), by the region rule. */
export async function listParks(
  reader: Reader,
  region: string | null | undefined,
): Promise<Park[]> {
  const regionId = await resolveId(reader, 'District', region, 'region');
  return nodesOf<Park>(await reader.rows('park/list', { region: regionId }));
}

export const districtOfPark = (reader: Reader, id: string) =>
  relatedNode<District>(reader, 'park/district', id);

export const enterprisesIn = (reader: Reader, id: string, first: number) =>
  relatedNodes<Enterprise>(reader, 'park/enterprises', id, { first });

export const projectsIn = (reader: Reader, id: string, first: number) =>
  relatedNodes<Project>(reader, 'park/projects', id, { first });
