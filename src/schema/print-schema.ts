import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './build-schema.js';

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real API changes only. */
export async function printAppSchema(): Promise<string> {
  const schema = await buildAppSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
