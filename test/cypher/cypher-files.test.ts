import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, cypherKeys, isFragment } from '../../src/db/cypher-files.js';
import { LABEL, REL_TYPES, relFile, upsertFile } from '../../src/dataset/graph-model.js';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { testDatabase } from '../support/database.js';

const keys = cypherKeys();
let db: Database;

beforeAll(async () => {
  db = testDatabase();
  await migrate(db);
});
afterAll(() => db.close());

describe('every .cypher file', () => {
  it('exists', () => expect(keys.length).toBeGreaterThan(10));

  it.each(keys)('%s starts with a header comment (purpose, parameters, returns)', (key) => {
    const text = cypher(key);
    expect(text.startsWith('//'), `${key} needs a header comment`).toBe(true);
    if (!key.startsWith('setup/') && !isFragment(key)) expect(text).toMatch(/Parameters?:/);
  });

  it.each(keys.filter((k) => !isFragment(k)))('%s passes EXPLAIN against Neo4j', async (key) => {
    // EXPLAIN plans without running; unknown parameters are fine, syntax and schema errors are not.
    await expect(db.raw(`EXPLAIN ${cypher(key)}`)).resolves.toBeDefined();
  });

  it('is used by the code, and every key the code names exists', () => {
    const src = execSync('git ls-files -co --exclude-standard src scripts test', {
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const named = new Set(
      [...src.matchAll(/['`]((?:[a-z0-9-]+\/)+[a-z0-9-]*[a-z0-9])['`]/g)].map((m) => m[1]),
    );
    // Keys the import derives from the model rather than spelling out.
    for (const type of REL_TYPES) named.add(relFile(type));
    for (const label of Object.values(LABEL)) named.add(upsertFile(label));
    const included = new Set(
      keys.flatMap((k) =>
        [...readFileSync(`cypher/${k}.cypher`, 'utf8').matchAll(/@include\s+(\S+)/g)].map(
          (m) => m[1],
        ),
      ),
    );
    const unused = keys.filter((k) => !k.startsWith('setup/') && !named.has(k) && !included.has(k));
    expect(unused, 'cypher files nothing reads').toEqual([]);
    const missing = [...named].filter(
      (k) =>
        /^(auth|system|verify|district|park|enterprise|project|chain|cluster|event|source|search|stats|gaps|candidates|leaders|profile|pipeline|traversal|dataset|figure|entity)\//.test(
          k!,
        ) && !keys.includes(k!),
    );
    expect(missing, 'keys named in code without a file').toEqual([]);
  });
});
