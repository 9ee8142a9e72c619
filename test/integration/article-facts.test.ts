import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import {
  enterpriseFacts,
  figureFacts,
  groupingFacts,
  projectFacts,
  type FigureFact,
} from '../fixtures/article-facts.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { DATA_DIR } from '../support/dataset.js';

// Facts read from each article independently of data/ (test/fixtures/article-facts.ts), checked
// against the imported graph through the queries in cypher/verify/.
let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await importDataset(db, DATA_DIR);
});
afterAll(() => db.close());

const close = (a: unknown, b: number) =>
  typeof a === 'number' && Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));

describe('projects the articles name', () => {
  it('covers every article', () => {
    for (const s of ['s000', 's001', 's002', 's003', 's004'])
      expect(projectFacts.filter((f) => f.source === s).length, s).toBeGreaterThanOrEqual(5);
  });

  it.each(projectFacts.map((f) => [`${f.source} ${f.project}`, f] as const))(
    '%s',
    async (_label, fact) => {
      const rows = await db.read('verify/project-facts', { names: [fact.project] });
      expect(rows, `no project named or aliased "${fact.project}"`).toHaveLength(1);
      const p = rows[0]!;
      if (fact.district)
        expect((p.districts as string[][]).flat(), 'district').toContain(fact.district);
      if (fact.totalInvestmentYi !== undefined) {
        expect(
          (p.investments as number[]).some((v) => close(v, fact.totalInvestmentYi!)),
          `总投资 ${fact.totalInvestmentYi}亿元 in ${JSON.stringify(p.investments)}`,
        ).toBe(true);
      }
      if (fact.outputValueYi !== undefined) {
        expect(
          (p.outputs as number[]).some((v) => close(v, fact.outputValueYi!)),
          `产值 ${fact.outputValueYi}亿元 in ${JSON.stringify(p.outputs)}`,
        ).toBe(true);
      }
      for (const b of fact.batches ?? []) expect(p.batches, '三个一批').toContainEqual(b);
      // A roster entry is not a listing: the roster's period must not appear as a listing unless
      // the article states that listing too.
      for (const r of fact.rosters ?? []) {
        const on = (p.rosters as { period: number; list: string; district: string[] }[]).find(
          (x) => x.period === r.period && x.list === r.list && x.district.includes(r.district),
        );
        expect(on, `on ${r.district}'s period-${r.period} roster, ${r.list} list`).toBeTruthy();
        if (!(fact.batches ?? []).some((b) => b.period === r.period))
          expect(
            (p.batches as { period: number }[]).map((b) => b.period),
            'roster taken for a listing',
          ).not.toContain(r.period);
      }
      if (fact.enterprise)
        expect((p.enterprises as string[][]).flat(), 'enterprise').toContain(fact.enterprise);
    },
  );
});

describe('enterprises the articles place or call leading firms', () => {
  it.each(enterpriseFacts.map((f) => [`${f.source} ${f.enterprise}`, f] as const))(
    '%s',
    async (_label, fact) => {
      const rows = await db.read('verify/enterprise-facts', { names: [fact.enterprise] });
      expect(rows, `no enterprise named or aliased "${fact.enterprise}"`).toHaveLength(1);
      const e = rows[0]!;
      if (fact.district)
        expect((e.districts as string[][]).flat(), 'district').toContain(fact.district);
      if (fact.park) expect((e.parks as string[][]).flat(), 'park').toContain(fact.park);
      if (fact.leadingFirmIn)
        expect((e.leadingIn as string[][]).flat(), '龙头企业 in').toContain(fact.leadingFirmIn);
      if (fact.designatedChainLeader !== undefined)
        expect(Number(e.designations) > 0, '链主 designation').toBe(fact.designatedChainLeader);
    },
  );
});

describe('figures the articles state', () => {
  const label = (f: FigureFact) => `${f.source} ${f.subject} ${f.kind} ${f.valueYi ?? f.value}`;
  it.each(figureFacts.map((f) => [label(f), f] as const))('%s', async (_label, fact) => {
    const rows = await db.read('verify/figure-facts', {
      facts: [{ subject: fact.subject, kind: fact.kind }],
    });
    expect(rows.length, `no node named or aliased "${fact.subject}"`).toBeGreaterThan(0);
    const values = rows.flatMap(
      (r) => r.values as { valueYi: number | null; value: number | null }[],
    );
    const want = fact.valueYi ?? fact.value!;
    expect(
      values.some((v) => close(fact.valueYi !== undefined ? v.valueYi : v.value, want)),
      `${JSON.stringify(values)} lacks ${want}`,
    ).toBe(true);
  });
});

describe('groupings the articles state', () => {
  it.each(groupingFacts.map((f) => [`${f.source} ${f.cluster}`, f] as const))(
    '%s',
    async (_label, fact) => {
      const rows = await db.read('verify/cluster-facts', { names: [fact.cluster] });
      expect(
        rows.map((r) => r.kind),
        `cluster "${fact.cluster}"`,
      ).toContain(fact.kind);
    },
  );
});
