import type { Row } from '../../db/database.js';
import { asNode, provenanceOf } from '../../graphql/node-row.js';
import type { ChainLeadership, SegmentMapping } from './chain-relations.type.js';

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
