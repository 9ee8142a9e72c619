// Benchmark of the chain-map page in headless Chromium: how long from navigation until the map (or
// the region dashboard) is drawn, each visit in a fresh browser context (no cache: the bundle is
// fetched every time, as on a first visit). The page marks the moment itself
// (performance.mark 'chain-map-drawn' / 'region-dashboard-drawn').
//
//   npx tsx bench/map-paint.ts [--iterations 20] [--label seed] [--out FILE]
//
// Like bench/reports.ts it uses NEO4J_URI or the configured (embedded) database, only reads, and
// expects the graph loaded (npm start once). The app's start-up warm-up runs first, as npm start does.
import 'reflect-metadata';
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { withDatabase } from '../src/cli/with-database.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/observability/logger.js';
import { startRuntime } from '../src/runtime.js';
import { warmUp } from '../src/server/warm-up.js';

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '20' },
    label: { type: 'string', default: 'graph' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
    out: { type: 'string' },
  },
});
const N = Number(args.iterations);
if (!existsSync(args.chromium)) throw new Error(`no Chromium at ${args.chromium} (--chromium)`);

const VIEWS = [
  { query: 'chain=现代食品&region=惠济区', mark: 'chain-map-drawn' },
  { query: 'chain=电子信息&region=高新区', mark: 'chain-map-drawn' },
  { query: 'chain=新能源汽车&region=郑州市', mark: 'chain-map-drawn' },
  { query: 'chain=现代食品&region=惠济区&segment=food-machinery', mark: 'chain-map-drawn' },
  { query: 'chain=现代食品&region=惠济区&compare=高新区,经开区', mark: 'chain-map-drawn' },
  { query: 'view=dashboard&region=高新区', mark: 'region-dashboard-drawn' },
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
  const browser = await chromium.launch({ executablePath: args.chromium, args: ['--no-sandbox'] });
  const started = Date.now();
  await warmUp(app.http.execute, createLogger('silent'));
  const lines = [
    `Graph "${args.label}"; warm-up ${Date.now() - started} ms; ${N} visits per view, each in a fresh context (no cache), sequential; ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| view | first visit drawn ms | drawn p50 ms | drawn p95 ms | first contentful paint p50 ms |',
    '|---|---:|---:|---:|---:|',
  ];
  try {
    // The page's bundle is built on first request: fetched once before timing.
    await (await fetch(`${app.http.url}/map`)).text();
    for (const view of VIEWS) {
      const drawn: number[] = [];
      const fcp: number[] = [];
      let first = NaN;
      for (let i = 0; i < N + 1; i++) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${app.http.url}/?${view.query}`);
        // Set with the mark (a function to wait on would need eval, which the page's CSP refuses).
        await page.waitForSelector(
          view.mark === 'chain-map-drawn' ? 'body[data-drawn]' : 'body[data-dashboard]',
          { timeout: 30_000 },
        );
        const [d, f] = (await page.evaluate(`[
          performance.getEntriesByName(${JSON.stringify(view.mark)})[0].startTime,
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ]`)) as [number, number];
        await context.close();
        // The first visit of a view is shown apart: it is the one that also plans its statements
        // with these values' shapes and warms Chromium's own caches.
        if (i === 0) {
          first = d;
          continue;
        }
        drawn.push(d);
        fcp.push(f);
      }
      drawn.sort((a, b) => a - b);
      fcp.sort((a, b) => a - b);
      lines.push(
        `| ${view.query} | ${first.toFixed(0)} | ${percentile(drawn, 50).toFixed(0)} | ${percentile(drawn, 95).toFixed(0)} | ${percentile(fcp, 50).toFixed(0)} |`,
      );
      console.error(lines.at(-1));
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  console.log(lines.join('\n'));
  if (args.out) writeFileSync(args.out, `${lines.join('\n')}\n`);
});
