import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printAppSchema } from '../../src/schema/print-schema.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after an API change)', async () => {
    const committed = readFileSync('schema/schema.graphql', 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });
});
