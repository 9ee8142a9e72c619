// Benchmark of the analysis queries: p50/p95 latency through the GraphQL endpoint (the whole
// app in this process, over HTTP on loopback) and through the raw driver (the same Cypher via
// the database gateway), plus database round trips per request.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/run.ts [--iterations 30] [--label seed] [--out bench/results-seed.md]
//
// Without NEO4J_URI it uses the configured (embedded) database, like the other tools. It only
// reads; load the graph first (npm start, or npm run import / npm run generate -- --import).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { withDatabase } from '../src/cli/with-database.js';
import { loadConfig } from '../src/config/config.js';
import { int } from '../src/db/convert.js';
import type { Database } from '../src/db/database.js';
import { createLogger } from '../src/observability/logger.js';
import { DEFAULT_GAP_OPTIONS, LEADING_TAGS } from '../src/modules/gaps/gaps.scoring.js';
import { startRuntime } from '../src/runtime.js';
import { Reader } from '../src/graphql/reader.js';
import { projectFilterParams } from '../src/modules/project/project.queries.js';
import { candidateParams } from '../src/modules/candidates/candidates.queries.js';
import { LOOKUP_CASE, nestedListCase, type Case } from './cases.js';

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '30' },
    label: { type: 'string', default: 'graph' },
    out: { type: 'string' },
    warmup: { type: 'string', default: '3' },
    // A 三个一批 period the graph holds: 5 in the curated seed, 101–112 in generated graphs.
    'as-of': { type: 'string', default: '5' },
    // The district of the nested-list case: 金水区 holds seed projects only; on a generated graph
    // name a generated district (gen-d-320 holds 4 936 projects at 1M).
    'list-region': { type: 'string', default: 'zz-jinshui' },
    // Only the cases whose name contains this text.
    only: { type: 'string' },
  },
});
const N = Number(args.iterations);
const WARMUP = Number(args.warmup);
const AS_OF = Number(args['as-of']);

/** The thresholds gaps/segment-presence takes, at the API's defaults. */
const THRESHOLDS = {
  leadingTags: LEADING_TAGS,
  leaderRevenueYi: DEFAULT_GAP_OPTIONS.leaderRevenueYi,
  largeFirmRevenueYi: DEFAULT_GAP_OPTIONS.largeFirmRevenueYi,
  largeProjectYi: DEFAULT_GAP_OPTIONS.largeProjectYi,
};

const CASES: Case[] = [
  LOOKUP_CASE,
  nestedListCase(args['list-region']),
  {
    name: 'chainMap 新能源汽车 @ 郑州',
    graphql:
      '{ chainMap(chain: "nev", region: "zhengzhou") { nodes { segment { id } gapClass presenceScore firmCount } links { source target } } }',
    raw: {
      key: 'gaps/chain-analysis-rollup',
      params: {
        chains: ['nev'],
        regions: ['zhengzhou'],
        asOfPeriod: null,
        sample: int(0), // the query selects no firm or project list
        ...THRESHOLDS,
      },
    },
  },
  {
    name: 'chainMap 新能源汽车 @ 郑州, with firm and project lists',
    graphql:
      '{ chainMap(chain: "nev", region: "zhengzhou") { nodes { segment { id } gapClass firmCount firms { id name } projects { id status } } links { source target } } }',
    raw: {
      key: 'gaps/chain-analysis-rollup',
      params: {
        chains: ['nev'],
        regions: ['zhengzhou'],
        asOfPeriod: null,
        sample: int(10),
        ...THRESHOLDS,
      },
    },
  },
  {
    name: 'chainGaps 现代食品 @ 3 regions',
    graphql:
      '{ chainGaps(chain: "modern-food", regions: ["zhengzhou", "zz-huiji", "zz-gaoxin"]) { completeness { share weighted } segments { gapClass } extensionPoints { segment { id } } } }',
    raw: {
      key: 'gaps/chain-analysis-rollup',
      params: {
        chains: ['modern-food'],
        regions: ['zhengzhou', 'zz-huiji', 'zz-gaoxin'],
        asOfPeriod: null,
        sample: int(0), // the query selects no firm or project list
        ...THRESHOLDS,
      },
    },
  },
  {
    name: 'chainGaps 电子信息 @ 郑州',
    graphql:
      '{ chainGaps(chain: "electronics", regions: ["zhengzhou"]) { completeness { share weighted } segments { gapClass } } }',
    raw: {
      key: 'gaps/chain-analysis-rollup',
      params: {
        chains: ['electronics'],
        regions: ['zhengzhou'],
        asOfPeriod: null,
        sample: int(0), // the query selects no firm or project list
        ...THRESHOLDS,
      },
    },
  },
  {
    name: 'pipelineGaps 电子信息 @ 郑州',
    graphql: '{ pipelineGaps(chain: "electronics", region: "zhengzhou") { segment { id } } }',
  },
  {
    name: `chainGaps 电子信息 @ 郑州 as of period ${AS_OF}`,
    graphql: `{ chainGaps(chain: "electronics", regions: ["zhengzhou"], options: { asOfPeriod: ${AS_OF} }) { completeness { share } } }`,
    raw: {
      key: 'gaps/chain-analysis-rollup',
      params: {
        chains: ['electronics'],
        regions: ['zhengzhou'],
        asOfPeriod: AS_OF,
        sample: int(0), // the query selects no firm or project list
        ...THRESHOLDS,
      },
    },
  },
  {
    name: 'fillCandidates 现代食品 @ 惠济区',
    graphql:
      '{ fillCandidates(region: "zz-huiji", chain: "modern-food", first: 10) { id score { total } paths { relationships } } }',
    raw: {
      // The gap segments of 现代食品 in 惠济区 on the seed graph (the API asks the gap analysis first).
      key: 'candidates/fill-candidates-rollup',
      params: candidateParams(
        ['food-cold-chain', 'food-flour', 'food-seasoning'],
        'zz-huiji',
        false,
        DEFAULT_GAP_OPTIONS.leaderRevenueYi,
      ),
    },
  },
  {
    name: 'fillCandidates 面粉加工 @ 郑州 (one segment, city level)',
    graphql:
      '{ fillCandidates(region: "zhengzhou", segment: "food-flour", first: 10) { id score { total } paths { relationships } } }',
    raw: {
      key: 'candidates/fill-candidates-rollup',
      params: candidateParams(
        ['food-flour'],
        'zhengzhou',
        false,
        DEFAULT_GAP_OPTIONS.leaderRevenueYi,
      ),
    },
  },
  {
    name: 'chainLeaders 新能源汽车 @ 郑州',
    graphql: '{ chainLeaders(chain: "nev", region: "zhengzhou") { id score } }',
    raw: {
      key: 'leaders/leader-candidates-rollup',
      params: { chain: 'nev', region: 'zhengzhou', limit: int(200), ...THRESHOLDS },
    },
  },
  {
    name: 'traverse downstream from 锂离子电池电芯, depth 3',
    graphql:
      '{ traverse(segment: "battery-cell", direction: DOWNSTREAM, depth: 3, first: 100) { relationships } }',
    raw: {
      key: 'traversal/traverse',
      params: {
        uid: 'ChainSegment:battery-cell',
        direction: 'DOWNSTREAM',
        depth: 3,
        limit: int(100),
      },
    },
  },
  {
    name: 'parksByChain 电子信息',
    graphql: '{ parksByChain(chain: "electronics", first: 20) { id share } }',
    raw: {
      key: 'profile/parks-by-chain-rollup',
      params: { chain: 'electronics', region: null, limit: int(20) },
    },
  },
  {
    name: 'pipelineMovements @ 郑州',
    graphql:
      '{ pipelineMovements(filter: { region: "zhengzhou" }, first: 20) { transitions { from to projects } } }',
  },
  ...(
    [
      ['projectStats by district @ 郑州', 'DISTRICT', 'region: "郑州"', { region: 'zhengzhou' }],
      [
        'projectStats by status, chain 电子信息',
        'STATUS',
        'chain: "电子信息"',
        { chain: 'electronics' },
      ],
      ['projectStats by period @ 郑州', 'PERIOD', 'region: "郑州"', { region: 'zhengzhou' }],
    ] as const
  ).map(([name, groupBy, filter, api]) => ({
    name,
    graphql: `{ projectStats(groupBy: ${groupBy}, filter: { ${filter} }) { key name projectCount totalInvestmentYi } }`,
    raw: {
      key: 'stats/projects-by-rollup',
      // The parameters the API sends: its filter and grouping.
      params: async (db: Database) => ({
        ...(await projectFilterParams(new Reader(db), api)),
        groupBy: groupBy.toLowerCase(),
      }),
    },
  })),
  {
    name: 'clusterProfile 电子信息产业集群',
    graphql:
      '{ clusterProfile(cluster: "电子信息产业集群") { enterprises projects coverage { completeness { share } } } }',
    raw: {
      key: 'profile/cluster-profile-rollup',
      params: { cluster: 'zz-cluster-electronics', regions: ['zhengzhou'] },
    },
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

async function bench(db: Database, uri: string, password?: string): Promise<string> {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_ON_START: 'false',
  });
  const app = await startRuntime(config, createLogger('silent'));
  const counts = await db.raw(
    'MATCH (n:Entity) RETURN count(n) AS nodes, count { MATCH (:Enterprise) } AS enterprises, count { MATCH (:Project) } AS projects',
  );
  const lines = [
    `Graph "${args.label}": ${JSON.stringify(counts[0])}; ${N} iterations after ${WARMUP} warm-up, sequential, one client; ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| query | GraphQL p50 ms | GraphQL p95 ms | DB round trips | raw driver p50 ms | raw driver p95 ms |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  try {
    for (const c of CASES.filter((x) => !args.only || x.name.includes(args.only!))) {
      let trips = 0;
      const call = async () => {
        const res = await fetch(`${app.http.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-chainatlas-round-trips': '1' },
          body: JSON.stringify({ query: c.graphql }),
        });
        const body = (await res.json()) as {
          errors?: unknown[];
          extensions?: { roundTrips: number };
        };
        if (body.errors) throw new Error(`${c.name}: ${JSON.stringify(body.errors)}`);
        trips = body.extensions?.roundTrips ?? 0;
      };
      const g = await time(call);
      const raw = c.raw;
      const rawParams =
        raw && (typeof raw.params === 'function' ? await raw.params(db) : raw.params);
      const r = raw ? await time(() => db.read(raw.key, rawParams!)) : null;
      lines.push(
        `| ${c.name} | ${g.p50.toFixed(1)} | ${g.p95.toFixed(1)} | ${trips} | ${r ? r.p50.toFixed(1) : '–'} | ${r ? r.p95.toFixed(1) : '–'} |`,
      );
      console.error(lines[lines.length - 1]);
    }
  } finally {
    await app.stop();
  }
  return lines.join('\n');
}

await withDatabase(async (db, config) => {
  const uri = config.neo4j.uri ?? db.uri;
  const table = await bench(db, uri, config.neo4j.password);
  console.log(table);
  if (args.out) writeFileSync(args.out, `${table}\n`);
});
