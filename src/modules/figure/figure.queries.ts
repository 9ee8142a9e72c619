import { asNode, relatedNode } from '../../graphql/node-row.js';
import type { Reader } from '../../graphql/reader.js';
import type { District } from '../district/district.type.js';

/** Data access of figures (cypher/figure/*): what a figure is about, and its district scope. */

/** The node a figure describes, with its graph label (the union's resolveType reads `__label`). */
export async function subjectOf(
  reader: Reader,
  figureId: string,
): Promise<(Record<string, unknown> & { __label: string }) | null> {
  const row = await reader.one('figure/subject', figureId);
  if (!row) return null;
  return { ...asNode<Record<string, unknown>>(row.node), __label: (row.labels as string[])[0]! };
}

export const scopeOf = (reader: Reader, figureId: string) =>
  relatedNode<District>(reader, 'figure/scope', figureId);
