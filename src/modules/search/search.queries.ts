import { int } from '../../db/convert.js';
import { ENTITY_LABEL, EntityKind, LABEL_ENTITY } from '../../graphql/enums.js';
import { asNode } from '../../graphql/node-row.js';
import type { Reader } from '../../graphql/reader.js';
import type { SearchPlan } from './search.plan.js';
import type { SearchHit } from './search.type.js';

/** Data access of search (cypher/search/*): the full-text index, or CONTAINS for one character. */

export async function searchHits(
  reader: Reader,
  plan: SearchPlan,
  types: EntityKind[] | null | undefined,
  limit: number,
): Promise<SearchHit[]> {
  const labels = (types?.length ? types : Object.values(EntityKind)).map((k) => ENTITY_LABEL[k]);
  const key = plan.path === 'fulltext' ? 'search/fulltext' : 'search/contains';
  const rows = await reader.rows(key, {
    query: plan.query,
    text: plan.text,
    labels,
    limit: int(limit),
  });
  return rows.map((r) => {
    const kind = LABEL_ENTITY[(r.labels as string[])[0]!]!;
    return {
      kind,
      score: Number(r.score),
      matched: String(r.matched),
      node: { ...asNode<Record<string, unknown>>(r.node), __kind: kind } as never,
    };
  });
}
