import { afterAll, beforeAll } from 'vitest';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { int as cypherInt } from '../../src/db/convert.js';
import type { Database, Params, Row } from '../../src/db/database.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { fixture } from '../support/dataset.js';

/**
 * The statement tier runs single .cypher statements by key against a small fixture graph and
 * compares the rows with answers worked out by hand from the fixture JSON (ids, counts, order),
 * like a Cypher TCK scenario. Every test file calls `useGraph` once: it empties the shared test
 * database and imports the named datasets (through the normal import path) before its tests.
 *
 * test/fixtures/datasets/analysis (ids used throughout):
 *   districts  r 测试市 (city) ← a 甲区, b 乙区 (WITHIN r); o 外地市 (another city)
 *   park       pa 甲园 in a
 *   chains     x 测试链: x1 原料环节 (upstream, 1) → x2 制造环节 (midstream, 2) → x3 整机环节 (3),
 *              x2 → x4 服务环节 (4); y 邻链: y1 邻链应用 (1); supply x2 → y1 crosses chains
 *   firms      f1 园区龙头公司 (park pa, x2, 链主 of x in r, tag 上市公司, revenue 200)
 *              f2 甲区制造公司 (a, x2); f3 乙区服务公司 (b, x4)
 *              g1 外地关联公司 (o, x1, hqOutside, supplies f1, revenue 50)
 *              g2 外地大公司 (o, x1, hqOutside, revenue 1000)
 *   events     e1 第一期 (period 1, 2023-01-01), e2 第二期 (period 2, 2023-04-01)
 *   projects   p1 乙区整机项目 (b, x3, e1 signed → e2 started: effective under_construction)
 *              p3 乙区整机二期 (b, x3, e2 in_production)
 *              p2 外地公司甲区项目 (a, stated signed, undertaken by g1, no segment, no listing)
 *   cluster    cl-x 测试集群 (leading_100bn, region r, chain x)
 *   No project has an investment figure, nothing cites a source, nothing is SUBSIDIARY_OF.
 *
 * Names sort by code point, so the orders by name are:
 *   firms      f3 乙区服务公司 < f1 园区龙头公司 < g1 外地关联公司 < g2 外地大公司 < f2 甲区制造公司
 *   projects   p3 乙区整机二期 < p1 乙区整机项目 < p2 外地公司甲区项目
 *   segments   x2 制造 < x1 原料 < x3 整机 < x4 服务 < y1 邻链应用
 *   districts  b 乙区 < o 外地市 < r 测试市 < a 甲区
 */
export function useGraph(...datasets: string[]): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = testDatabase();
    await resetGraph(db);
    for (const name of datasets) await importDataset(db, fixture(name));
  });
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    if (!db) throw new Error('the graph is not loaded yet');
    return db;
  };
}

/** A Cypher Integer (SKIP, LIMIT and `$limit`-like parameters must be integers). */
export const int = (n: number) => cypherInt(n);

/** The thresholds gaps/segment-presence takes, at the API's defaults (gaps.scoring.ts). */
export const THRESHOLDS: Params = {
  leadingTags: ['链主', '上市公司', '央企', '小巨人', '独角兽'],
  leaderRevenueYi: 100,
  largeFirmRevenueYi: 10,
  largeProjectYi: 10,
};

/** Every project/_filter parameter, unset (the statement then applies no filter). */
export const NO_PROJECT_FILTER: Params = {
  region: null,
  park: null,
  chain: null,
  segment: null,
  enterprise: null,
  source: null,
  stage: null,
  statuses: null,
  period: null,
  list: null,
  rosters: false,
  minInvest: null,
  maxInvest: null,
  text: null,
};

/** Every enterprise/_filter parameter, unset. */
export const NO_ENTERPRISE_FILTER: Params = {
  region: null,
  park: null,
  chain: null,
  segment: null,
  source: null,
  stage: null,
  kinds: null,
  tags: null,
  hqOutside: null,
  chainLeader: null,
  reference: null,
  text: null,
};

type Node = Record<string, unknown> & { id: string };

/** The ids of the `node` column, in row order. */
export const nodeIds = (rows: Row[]): string[] => rows.map((r) => (r.node as Node).id);

/** The ids of the `id` column, in row order. */
export const ids = (rows: Row[]): string[] => rows.map((r) => String(r.id));

/**
 * A batched statement's rows as {key: [node ids in row order]}; keys without rows are absent
 * (the reader answers [] for them).
 */
export function nodeIdsByKey(rows: Row[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[String(r.key)] ??= []).push((r.node as Node).id);
  return out;
}
