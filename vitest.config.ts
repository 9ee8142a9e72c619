import { defineConfig } from 'vitest/config';

// Test tiers (see README "Tests"): unit (no database), cypher (every .cypher file against a real
// Neo4j), integration (GraphQL and import against a real Neo4j), statements (each .cypher statement
// run against a fixture graph, rows checked against hand-worked answers), schema (SDL drift).
// The database tiers share ONE throwaway Neo4j per run, started by test/support/global-setup.ts.
const neo4jSetup = ['test/support/global-setup.ts'];

export default defineConfig({
  // graphql 16 ships CJS and ESM files; pin one so type-graphql and the app share a realm.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // type-graphql decorators need the metadata polyfill loaded first.
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'schema', include: ['test/schema/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'cypher', include: ['test/cypher/**/*.test.ts'], globalSetup: neo4jSetup },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: neo4jSetup,
          // Files share one database and reset it: run them one after another.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'statements',
          include: ['test/statements/**/*.test.ts'],
          globalSetup: neo4jSetup,
          // Files share one database and reset it: run them one after another, and after the
          // other tiers (group 0), since integration files reset the same database. Inside a
          // file the tests only read the graph its beforeAll loaded, so they run concurrently
          // (each new parameter-type combination costs the planner about half a second).
          fileParallelism: false,
          sequence: { groupOrder: 1, concurrent: true },
        },
      },
    ],
  },
});
