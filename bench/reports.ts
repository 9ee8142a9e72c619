// Benchmark of the BI report routes: p50/p95 latency of one page per report and format, through
// the whole app in this process over HTTP on loopback (anonymous on loopback, or API_KEY).
//
//   npx tsx bench/reports.ts [--iterations 20] [--label seed] [--page-size 1000] [--out FILE]
//
// Like bench/run.ts it uses NEO4J_URI or the configured (embedded) database, and only reads.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { withDatabase } from '../src/cli/with-database.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/observability/logger.js';
import { startRuntime } from '../src/runtime.js';

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '2' },
    label: { type: 'string', default: 'graph' },
    'page-size': { type: 'string', default: '1000' },
    out: { type: 'string' },
  },
});
const N = Number(args.iterations);
const WARMUP = Number(args.warmup);

const CALLS = [
  'enterprises?chain=现代食品&region=郑州',
  'enterprises',
  'projects?region=郑州',
  'chain-gaps?chain=现代食品&region=郑州,高新区,经开区',
  'fill-candidates?region=郑州&chain=现代食品',
  'project-stats?groupBy=DISTRICT',
  'pipeline?region=郑州',
  'cluster-profile?cluster=现代食品',
  'chain-graph-nodes?chain=现代食品&region=郑州',
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

await withDatabase(async (db, config) => {
  const app = await startRuntime(
    loadConfig({
      ...process.env,
      NEO4J_URI: config.neo4j.uri ?? db.uri,
      NEO4J_PASSWORD: config.neo4j.password,
      PORT: '0',
      LOG_LEVEL: 'silent',
      SEED_ON_START: 'false',
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    }),
    createLogger('silent'),
  );
  const headers: Record<string, string> = process.env.API_KEY
    ? { 'x-api-key': process.env.API_KEY }
    : {};
  const lines = [
    `Graph "${args.label}", pageSize ${args['page-size']}; ${N} iterations after ${WARMUP} warm-up, sequential, one client; ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| report | rows | total | json p50 ms | json p95 ms | csv p50 ms | xlsx p50 ms | xlsx KB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  try {
    for (const call of CALLS) {
      const sep = call.includes('?') ? '&' : '?';
      const url = (format: string) =>
        `${app.http.url}/api/v1/reports/${call}${sep}pageSize=${args['page-size']}&format=${format}`;
      let rows = 0;
      let total = 0;
      let bytes = 0;
      const timed = async (format: string) => {
        const ms: number[] = [];
        for (let i = 0; i < WARMUP + N; i++) {
          const t = process.hrtime.bigint();
          const res = await fetch(url(format), { headers });
          const body = Buffer.from(await res.arrayBuffer());
          if (res.status !== 200)
            throw new Error(`${call} ${format}: ${res.status} ${body.toString().slice(0, 300)}`);
          if (i >= WARMUP) ms.push(Number(process.hrtime.bigint() - t) / 1e6);
          if (format === 'json') {
            const page = JSON.parse(body.toString()) as { data: unknown[]; total: number };
            rows = page.data.length;
            total = page.total;
          }
          if (format === 'xlsx') bytes = body.length;
        }
        ms.sort((a, b) => a - b);
        return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
      };
      const json = await timed('json');
      const csv = await timed('csv');
      const xlsx = await timed('xlsx');
      lines.push(
        `| ${call} | ${rows} | ${total} | ${json.p50.toFixed(1)} | ${json.p95.toFixed(1)} | ${csv.p50.toFixed(1)} | ${xlsx.p50.toFixed(1)} | ${(bytes / 1024).toFixed(0)} |`,
      );
      console.error(lines.at(-1));
    }
  } finally {
    await app.stop();
  }
  console.log(lines.join('\n'));
  if (args.out) writeFileSync(args.out, `${lines.join('\n')}\n`);
});
