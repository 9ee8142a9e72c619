import { uid } from '../../core/uid.js';
import { badInput } from '../../errors/app-error.js';
import { nameArg } from '../../graphql/args.js';
import { asNode, provenanceOf, relatedNode, relatedNodes } from '../../graphql/node-row.js';
import type { FieldSource } from '../../graphql/provenance.type.js';
import type { Reader } from '../../graphql/reader.js';

/**
 * Statements every kind of entity shares (cypher/entity/*): look-up by id or by name/alias,
 * name → id resolution of arguments, and the place, region and figures of any node by uid.
 */

/** Id-shaped text (an ascii slug) is tried as an id first; anything else by name and alias only. */
const ID_SHAPE = /^[a-z0-9][a-z0-9-]*$/;

const LABEL_NAMES: Record<string, string> = {
  District: 'region (区域)',
  Park: 'park (园区)',
  IndustryChain: 'chain (产业链)',
  ChainSegment: 'segment (环节)',
  Enterprise: 'enterprise (企业)',
  Project: 'project (项目)',
  Cluster: 'cluster (集群)',
  Event: 'event (活动)',
  Source: 'source (来源)',
};

/** A node of a label by id; null when absent. */
export async function entityById<T>(reader: Reader, label: string, id: string): Promise<T | null> {
  const row = await reader.one('entity/by-uids', uid(label, id));
  return row ? asNode<T>(row.node) : null;
}

/**
 * One node by id or by exact name/alias (Chinese names accepted); null when absent. null is the
 * same as an absent argument; an empty id or name with nothing else is refused by name.
 */
export async function findEntity<T>(
  reader: Reader,
  label: string,
  id?: string | null,
  name?: string | null,
): Promise<T | null> {
  if (id) return entityById<T>(reader, label, nameArg('id', id));
  if (name !== null && name !== undefined) {
    const row = await reader.one('entity/by-names', nameArg('name', name), { label });
    return row ? asNode<T>(row.node) : null;
  }
  if (id === '') throw badInput('id', 'must not be empty');
  throw badInput('id', 'give `id` or `name`');
}

/**
 * Resolves a name, alias or id of a node (e.g. "高新区", "郑州高新区" or "zz-gaoxin") to its id;
 * null stays null. Unknown names are a user error naming the argument, not an empty answer.
 */
export async function resolveId(
  reader: Reader,
  label: string,
  value: string | null | undefined,
  argument: string,
): Promise<string | null> {
  if (value === null || value === undefined) return null;
  const text = nameArg(argument, value);
  let hit = ID_SHAPE.test(text) ? await reader.one('entity/by-uids', uid(label, text)) : null;
  if (!hit) {
    hit = await reader.one('entity/by-names', text, { label });
    // Later look-ups of the same node by id need no statement of their own.
    if (hit) primeEntity(reader, label, hit.node as { id: string });
  }
  if (!hit) throw badInput(argument, `no ${LABEL_NAMES[label] ?? label} named "${text}"`);
  return String((hit.node as { id: string }).id);
}

/**
 * Tells the request's look-up by id a node another statement already returned (its properties),
 * so a later findEntity or resolveId of it costs no statement.
 */
export function primeEntity(reader: Reader, label: string, node: { id: string }): void {
  const key = uid(label, String(node.id));
  reader.prime('entity/by-uids', key, [{ key, node }]);
}

/** The district of an enterprise or project: stated directly, else through its park. */
export const districtOf = <T>(reader: Reader, label: string, id: string) =>
  relatedNode<T>(reader, 'entity/district', uid(label, id));

/** The park of an enterprise or project, if stated. */
export const parkOf = <T>(reader: Reader, label: string, id: string) =>
  relatedNode<T>(reader, 'entity/park', uid(label, id));

/** Where the location of an enterprise or project is stated (entity/location-source), or null. */
export async function locationSourceOf(
  reader: Reader,
  label: string,
  id: string,
): Promise<FieldSource | null> {
  const row = await reader.one('entity/location-source', uid(label, id));
  return row ? { own: row.own === true, ...provenanceOf(row) } : null;
}

/** The region a cluster or event belongs to. */
export const regionOf = <T>(reader: Reader, label: string, id: string) =>
  relatedNode<T>(reader, 'entity/region', uid(label, id));

/** The figures about a node, optionally of some kinds (GraphQL FigureKind values). */
export const figuresOf = <T>(
  reader: Reader,
  label: string,
  id: string,
  kinds?: string[] | null,
): Promise<T[]> =>
  relatedNodes<T>(reader, 'entity/figures', uid(label, id), {
    kinds: kinds?.length ? kinds.map((k) => k.toLowerCase()) : null,
  });

/**
 * Resolves several name-or-id arguments of one input at once (e.g. a filter's region, park and
 * chain), each to its id or null; errors name the argument as `<prefix>.<field>`.
 */
export async function resolveIds<K extends string>(
  reader: Reader,
  prefix: string,
  args: Record<K, [label: string, value: string | null | undefined]>,
): Promise<Record<K, string | null>> {
  const entries = Object.entries(args) as [K, [string, string | null | undefined]][];
  const ids = await Promise.all(
    entries.map(([field, [label, value]]) => resolveId(reader, label, value, `${prefix}.${field}`)),
  );
  return Object.fromEntries(entries.map(([field], i) => [field, ids[i]])) as Record<
    K,
    string | null
  >;
}

/** The name-or-id fields the enterprise and project filters share, by the label each names. */
export interface ScopeFields {
  region?: string | null;
  park?: string | null;
  chain?: string | null;
  segment?: string | null;
  source?: string | null;
}

/** Resolves a filter's region, park, chain, segment and source (names allowed) to ids. */
export function resolveScope(reader: Reader, f: ScopeFields) {
  return resolveIds(reader, 'filter', {
    region: ['District', f.region],
    park: ['Park', f.park],
    chain: ['IndustryChain', f.chain],
    segment: ['ChainSegment', f.segment],
    source: ['Source', f.source],
  });
}
