// The cases bench/run.ts (latency, one client) and bench/load.ts (--mix api-vs-raw, throughput under
// concurrent clients) share: a GraphQL request and the main statement the API runs for it.
import { int } from '../src/db/convert.js';
import type { Database } from '../src/db/database.js';
import { Reader } from '../src/graphql/reader.js';
import { projectFilterParams, projectOrderParams } from '../src/modules/project/project.queries.js';

export interface Case {
  name: string;
  graphql: string;
  /**
   * The main statement of the same analysis, for the raw-driver column; params may be built from
   * the graph once before timing (as the API builds them).
   */
  raw?: {
    key: string;
    params: Record<string, unknown> | ((db: Database) => Promise<Record<string, unknown>>);
  };
}

/** A look-up by alias with a nested list: what a BI tool or the IDE sends most. */
export const LOOKUP_CASE: Case = {
  name: 'lookup: enterprise 宇通 with its segments',
  graphql: '{ enterprise(name: "宇通") { id name segments { basis segment { id name } } } }',
  raw: { key: 'entity/by-names', params: { label: 'Enterprise', keys: ['宇通'] } },
};

/**
 * A 20-item filtered list with nested fields: the projects of a district (by name or id; 金水区 on
 * the seed graph; a generated district such as gen-d-320 on generated graphs, whose projects lie in
 * generated districts).
 */
export function nestedListCase(region = 'zz-jinshui'): Case {
  return {
    name: `list: 20 projects of ${region}, nested undertakers and district`,
    graphql: `{ projects(filter: { region: "${region}" }, first: 20) { edges { node { id name effectiveStatus district { name } enterprises { role enterprise { id name } } } } } }`,
    raw: {
      key: 'project/list',
      // The parameters the API sends for this page: its filter, default order, one more than the page.
      params: async (db) => ({
        ...(await projectFilterParams(new Reader(db), { region })),
        ...projectOrderParams(null),
        skip: int(0),
        limit: int(21),
      }),
    },
  };
}
