import { decodeSpan } from '../core/spans.js';
import type { Params, Row } from '../db/database.js';
import type { Reader } from './reader.js';
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
    ...provenanceOf(p),
  } as T;
}

/** The provenance of stored properties (a node's or a relationship's): spans or reference basis. */
export function provenanceOf(props: Record<string, unknown>): {
  evidence: Evidence[];
  reference: ReferenceNote | null;
} {
  return {
    evidence: decodeEvidence(props.evidence),
    reference: props.reference === true ? { basis: String(props.referenceBasis ?? '') } : null,
  };
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

/** The nodes a batched statement relates to one parent (one round trip for all parents). */
export async function relatedNodes<T>(
  reader: Reader,
  key: string,
  parent: string,
  params: Params = {},
): Promise<T[]> {
  return nodesOf<T>(await reader.batch(key, parent, params));
}

/** The single node a batched statement relates to one parent, or null. */
export async function relatedNode<T>(
  reader: Reader,
  key: string,
  parent: string,
  params: Params = {},
): Promise<T | null> {
  const [first] = await relatedNodes<T>(reader, key, parent, params);
  return first ?? null;
}
