import { uid } from '../../core/uid.js';
import { int } from '../../db/convert.js';
import type { Direction } from '../../graphql/enums.js';
import type { Reader } from '../../graphql/reader.js';
import { resolveId } from '../entity/entity.queries.js';
import type { GraphPath } from './traversal.type.js';

/** Data access of supply-chain walks (cypher/traversal/*). */

export interface TraversalStart {
  label: 'ChainSegment' | 'Enterprise' | 'Project';
  /** Name, alias or id of the start node. */
  value: string;
  /** The argument that named it, for errors. */
  argument: string;
}

/** Paths along supply edges from one start node, shortest first. */
export async function traverse(
  reader: Reader,
  start: TraversalStart,
  direction: Direction,
  depth: number,
  limit: number,
): Promise<GraphPath[]> {
  const id = (await resolveId(reader, start.label, start.value, start.argument))!;
  const rows = await reader.rows('traversal/traverse', {
    uid: uid(start.label, id),
    direction,
    depth,
    limit: int(limit),
  });
  return rows.map((r) => ({
    nodes: r.nodes as GraphPath['nodes'],
    relationships: r.rels as string[],
  }));
}
