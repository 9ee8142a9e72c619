import { decodeSpan, encodeSpan } from '../core/spans.js';
import type { Span } from './records.js';

export { decodeSpan, encodeSpan };

/**
 * How provenance is stored in the graph. Neo4j properties cannot hold maps, so a span is the
 * string "<source>:<start>-<end>" in an `evidence` list; reference data has `reference: true`
 * and `referenceBasis`. Nodes also get (n)-[:EVIDENCED_BY {start, end}]->(:Source).
 */
export interface StoredProvenance {
  evidence?: string[];
  reference?: boolean;
  referenceBasis?: string;
}

export function encodeProvenance(rec: {
  evidence?: Span[] | null;
  reference?: { basis: string } | null;
}): StoredProvenance {
  if (rec.evidence?.length) return { evidence: rec.evidence.map(encodeSpan) };
  if (rec.reference) return { reference: true, referenceBasis: rec.reference.basis };
  return {};
}

export function decodeProvenance(props: Record<string, unknown>): {
  evidence?: Span[];
  reference?: { basis: string };
} {
  if (Array.isArray(props.evidence) && props.evidence.length)
    return { evidence: (props.evidence as string[]).map(decodeSpan) };
  if (props.reference === true) return { reference: { basis: String(props.referenceBasis ?? '') } };
  return {};
}
