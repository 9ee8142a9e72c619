import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// One way from a GraphQL field to its Cypher (README "Layout"): src/modules/<noun>/ holds
// <noun>.resolver.ts (schema, argument checks, delegation), <noun>.queries.ts (statement keys,
// parameters, name → id resolution, row mapping) and, where there is logic, <noun>.scoring.ts.
const ROOT = 'src/modules';
const modules = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const text = (m: string, f: string) => readFileSync(`${ROOT}/${m}/${f}`, 'utf8');
const filesOf = (m: string) => readdirSync(`${ROOT}/${m}`).filter((f) => f.endsWith('.ts'));
const KEY = /['`](?:[a-z0-9-]+\/)+[a-z0-9-]*[a-z0-9]['`]/;
const READ = /\breader\.(rows|batch|one|prime)\(/;

describe('src/modules layout', () => {
  it('has the modules of the analyses split by question', () => {
    for (const m of ['gaps', 'candidates', 'leaders', 'profile', 'pipeline', 'traversal'])
      expect(modules).toContain(m);
    expect(modules).not.toContain('analysis');
  });

  it.each(modules)('%s has one queries file named after the module', (m) => {
    const queries = filesOf(m).filter((f) => f.endsWith('.queries.ts'));
    expect(queries).toEqual([`${m}.queries.ts`]);
  });

  it.each(modules)('%s names its files <noun>.<role>.ts', (m) => {
    for (const f of filesOf(m))
      expect(f, `${m}/${f}`).toMatch(/^[a-z-]+\.(resolver|queries|scoring|plan|type|input)\.ts$/);
  });

  it.each(modules)('%s resolvers name no statement and read nothing themselves', (m) => {
    for (const f of filesOf(m).filter((x) => x.endsWith('.resolver.ts'))) {
      const src = text(m, f);
      expect(src.match(KEY)?.[0], `${m}/${f} names a cypher key`).toBeUndefined();
      expect(src.match(READ)?.[0], `${m}/${f} reads the graph`).toBeUndefined();
    }
  });

  it.each(modules)('%s declares no schema outside resolver, type and input files', (m) => {
    for (const f of filesOf(m).filter((x) => /\.(queries|scoring|plan)\.ts$/.test(x)))
      expect(text(m, f), `${m}/${f}`).not.toMatch(/from 'type-graphql'/);
  });

  it('keeps scoring and planning files pure (no reader, no database)', () => {
    for (const m of modules)
      for (const f of filesOf(m).filter((x) => /\.(scoring|plan)\.ts$/.test(x)))
        expect(text(m, f), `${m}/${f}`).not.toMatch(/graphql\/reader|\/db\/|reader\./);
  });
});
