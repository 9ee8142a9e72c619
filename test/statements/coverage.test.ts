import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every statement that answers a question (everything but the import's writes, the migrations,
// the server's own housekeeping and the article-fact checks, which their own tiers run) has
// row-level checks in this tier: a new .cypher file without one fails here.
const NOT_HERE = /^(dataset|setup|system|verify)\//;
const KEY = /['`]((?:[a-z0-9-]+\/)+[a-z0-9-]*[a-z0-9])['`]/g;

function statementKeys(dir = 'cypher', prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? statementKeys(join(dir, d.name), `${prefix}${d.name}/`)
      : d.name.endsWith('.cypher') && !d.name.startsWith('_')
        ? [`${prefix}${d.name.slice(0, -'.cypher'.length)}`]
        : [],
  );
}

describe('the statement tier', () => {
  it('runs every read statement of the API somewhere in test/statements', () => {
    const named = new Set(
      readdirSync('test/statements')
        .filter((f) => f.endsWith('.test.ts'))
        .flatMap((f) => [...readFileSync(join('test/statements', f), 'utf8').matchAll(KEY)])
        .map((m) => m[1]),
    );
    const untested = statementKeys().filter((k) => !NOT_HERE.test(k) && !named.has(k));
    expect(untested).toEqual([]);
  });
});
