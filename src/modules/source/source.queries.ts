import { nodesOf } from '../../graphql/node-row.js';
import type { Reader } from '../../graphql/reader.js';
import { entityById } from '../entity/entity.queries.js';
import type { Source } from './source.type.js';

/** Data access of source articles (cypher/source/*). */

export async function listSources(reader: Reader): Promise<Source[]> {
  return nodesOf<Source>(await reader.rows('source/list'));
}

export const sourceById = (reader: Reader, id: string) => entityById<Source>(reader, 'Source', id);
