import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherKeys } from '../../src/db/cypher-files.js';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { testDatabase } from '../support/database.js';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

async function schemaShape() {
  const constraints = await db.raw('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
  const indexes = await db.raw(
    "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names",
  );
  return {
    constraints: (constraints[0]?.names as string[]).sort(),
    indexes: (indexes[0]?.names as string[]).sort(),
  };
}

describe('migrations', () => {
  it('apply every setup file, record each once, and are idempotent', async () => {
    await migrate(db);
    const before = await schemaShape();
    const second = await migrate(db);
    expect(second.applied).toEqual([]);
    expect(second.skipped).toEqual(cypherKeys('setup'));
    expect(await schemaShape()).toEqual(before);
    const ledger = await db.raw(
      'MATCH (m:Migration) RETURN count(m) AS n, count(DISTINCT m.id) AS d',
    );
    expect(ledger[0]).toEqual({ n: cypherKeys('setup').length, d: cypherKeys('setup').length });
  });

  it('create a uniqueness constraint for every node key and the cjk full-text index', async () => {
    const { constraints, indexes } = await schemaShape();
    for (const label of [
      'source',
      'district',
      'park',
      'enterprise',
      'project',
      'industry_chain',
      'chain_segment',
      'cluster',
      'event',
      'figure',
    ]) {
      expect(constraints).toContain(`${label}_id`);
    }
    expect(indexes).toContain('name_fulltext');
    const [ft] = await db.raw(
      "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'name_fulltext' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    expect(ft?.analyzer).toBe('cjk');
  });
});
