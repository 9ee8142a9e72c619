import { decodeSpan } from '../dataset/provenance.js';
import type { Row } from '../db/database.js';
import type { Evidence, ReferenceNote } from './provenance.type.js';

/** The shape every entity object has after mapping: its graph properties plus decoded provenance. */
export interface NodeObject {
  id: string;
  uid?: string;
  name?: string;
  aliases: string[];
  evidence: Evidence[];
  reference: ReferenceNote | null;
  [prop: string]: unknown;
}

/** Stored lower_case values exposed as GraphQL enums (UPPER_CASE). */
const ENUM_PROPS = ['level', 'kind', 'stage', 'status', 'effectiveStatus', 'list', 'qualifier'];

/** Maps stored properties to an API object: lists defaulted, spans decoded. */
export function asNode<T = NodeObject>(props: unknown): T {
  const p = (props ?? {}) as Record<string, unknown>;
  const enums: Record<string, unknown> = {};
  for (const k of ENUM_PROPS)
    if (typeof p[k] === 'string') enums[k] = (p[k] as string).toUpperCase();
  return {
    ...p,
    ...enums,
    aliases: (p.aliases as string[] | undefined) ?? [],
    tags: (p.tags as string[] | undefined) ?? [],
    evidence: decodeEvidence(p.evidence),
    reference: p.reference === true ? { basis: String(p.referenceBasis ?? '') } : null,
  } as T;
}

export function decodeEvidence(value: unknown): Evidence[] {
  return Array.isArray(value)
    ? (value as string[]).map((s) => {
        const d = decodeSpan(s);
        return { sourceId: d.source, start: d.start, end: d.end };
      })
    : [];
}

/** Maps the `node` column of each row. */
export const nodesOf = <T = NodeObject>(rows: Row[], column = 'node'): T[] =>
  rows.map((r) => asNode<T>(r[column]));
