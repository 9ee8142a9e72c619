// Load benchmark: many concurrent clients against a running ChainAtlas, on loopback only.
//
//   npx tsx bench/load.ts [--url http://127.0.0.1:4000] [--clients 50] [--seconds 20] [--mix mix|lookups|lists|api-vs-raw]
//
// Each client sends one request after another (closed loop) for the given time; the run is
// bounded in time and in requests (--max-requests) and stops by itself. It refuses any address
// that is not on this machine. Prints requests/s, p50/p95/p99 per kind and the error count.
// `--mix api-vs-raw` measures the API's own cost side by side: for a look-up and a 20-item nested
// list (bench/cases.ts), the same clients run the GraphQL request against the app, then the API's main
// statement straight through the driver against the app's database (NEO4J_URI, or the embedded one).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { withDatabase } from '../src/cli/with-database.js';
import { LOOKUP_CASE, nestedListCase } from './cases.js';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000' },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    mix: { type: 'string', default: 'mix' },
    'max-requests': { type: 'string', default: '200000' },
    // The district of the nested-list case (--mix api-vs-raw): bench/cases.ts.
    'list-region': { type: 'string', default: 'zz-jinshui' },
  },
});

const base = new URL(args.url);
if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(base.hostname)) {
  throw new Error(
    `bench/load.ts only targets this machine (127.0.0.1, localhost, ::1), not ${base.hostname}`,
  );
}

interface Kind {
  name: string;
  weight: number;
  query: string;
}

// A realistic mix of what analysts and BI tools send: look-ups by Chinese name, small lists,
// a search, project statistics, and a share of chain analyses.
const KINDS: Record<string, Kind[]> = {
  lookups: [
    { name: 'district by name', weight: 1, query: '{ district(name: "高新区") { id name } }' },
    {
      name: 'enterprise by alias',
      weight: 1,
      query: '{ enterprise(name: "宇通") { id name aliases } }',
    },
    { name: 'chain by name', weight: 1, query: '{ chain(name: "新能源汽车") { id name } }' },
  ],
  lists: [
    {
      name: 'projects of a district',
      weight: 1,
      query:
        '{ projects(first: 10, filter: { region: "经开区" }) { edges { node { id name status } } } }',
    },
    {
      name: 'enterprises page',
      weight: 1,
      query: '{ enterprises(first: 10) { edges { node { id name } } } }',
    },
    { name: 'sources', weight: 1, query: '{ sources { id title } }' },
  ],
};
KINDS.mix = [
  ...KINDS.lookups!.map((k) => ({ ...k, weight: 3 })),
  ...KINDS.lists!.map((k) => ({ ...k, weight: 3 })),
  { name: 'search', weight: 2, query: '{ search(text: "食品", first: 10) { kind matched } }' },
  {
    name: 'projectStats by district',
    weight: 1,
    query: '{ projectStats(groupBy: DISTRICT) { key projectCount totalInvestmentYi } }',
  },
  {
    name: 'chainGaps',
    weight: 1,
    query:
      '{ chainGaps(chain: "现代食品", regions: ["惠济区"]) { segments { segment { name } gapClass } } }',
  },
];

const SIDE_BY_SIDE = args.mix === 'api-vs-raw';
const kinds = SIDE_BY_SIDE ? [] : KINDS[args.mix];
if (!kinds)
  throw new Error(`--mix must be one of ${[...Object.keys(KINDS), 'api-vs-raw'].join(', ')}`);

const clients = Number(args.clients);
const maxRequests = Number(args['max-requests']);
const endpoint = new URL('/graphql', base).toString();

async function post(kind: Kind): Promise<boolean> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: kind.query }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  return res.ok && !body.errors;
}

async function run(
  seconds: number,
  record: boolean,
  bag: Kind[],
  send: (kind: Kind) => Promise<boolean> = post,
) {
  const times = new Map<string, number[]>();
  let sent = 0;
  let errors = 0;
  const firstError: string[] = [];
  const end = Date.now() + seconds * 1000;
  let i = 0;
  const client = async () => {
    while (Date.now() < end && sent < maxRequests) {
      const kind = bag[i++ % bag.length]!;
      sent += 1;
      const t = performance.now();
      const ok = await send(kind).catch((e: unknown) => {
        if (firstError.length < 3) firstError.push(String(e));
        return false;
      });
      const ms = performance.now() - t;
      if (!ok) errors += 1;
      if (record) {
        const list = times.get(kind.name) ?? [];
        list.push(ms);
        times.set(kind.name, list);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  return { times, sent, errors, firstError, elapsed: (performance.now() - started) / 1000 };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

if (SIDE_BY_SIDE) {
  const seconds = Number(args.seconds);
  const rows: string[] = [];
  await withDatabase(async (db) => {
    for (const c of [LOOKUP_CASE, nestedListCase(args['list-region'])]) {
      const kind: Kind = { name: c.name, weight: 1, query: c.graphql };
      const raw = c.raw!;
      const params = typeof raw.params === 'function' ? await raw.params(db) : raw.params;
      const direct = async () => (await db.read(raw.key, params), true);
      await run(Number(args.warmup), false, [kind]);
      const api = await run(seconds, true, [kind]);
      await run(Number(args.warmup), false, [kind], direct);
      const driver = await run(seconds, true, [kind], direct);
      const rate = (x: typeof api) => x.sent / x.elapsed;
      const p50 = (x: typeof api) =>
        pct(
          [...(x.times.get(c.name) ?? [])].sort((a, b) => a - b),
          50,
        );
      rows.push(
        `| ${c.name} | ${rate(api).toFixed(0)} | ${rate(driver).toFixed(0)} | ${(rate(api) / rate(driver)).toFixed(2)} | ` +
          `${p50(api).toFixed(1)} | ${p50(driver).toFixed(1)} | ${(p50(api) / p50(driver)).toFixed(2)} | ${api.errors + driver.errors} |`,
      );
    }
  });
  console.log(
    [
      `${clients} clients, ${args.seconds} s per side, ${new Date().toISOString().slice(0, 10)}: GraphQL over HTTP against the raw driver`,
      '',
      '| case | API requests/s | driver requests/s | throughput ratio | API p50 ms | driver p50 ms | p50 ratio | errors |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...rows,
    ].join('\n'),
  );
  process.exit(0);
}

const bag = kinds.flatMap((k) => Array.from({ length: k.weight }, () => k));
await run(Number(args.warmup), false, bag);
const r = await run(Number(args.seconds), true, bag);
const all = [...r.times.values()].flat().sort((a, b) => a - b);
const lines = [
  `${clients} clients, ${args.seconds} s, mix "${args.mix}", ${new Date().toISOString().slice(0, 10)}: ` +
    `${(r.sent / r.elapsed).toFixed(0)} requests/s, ${r.errors} errors; all: p50 ${pct(all, 50).toFixed(1)} ms, p95 ${pct(all, 95).toFixed(1)} ms, p99 ${pct(all, 99).toFixed(1)} ms`,
  '',
  '| kind | requests | p50 ms | p95 ms | p99 ms |',
  '|---|---:|---:|---:|---:|',
  ...[...r.times.entries()].map(([name, list]) => {
    const s = list.sort((a, b) => a - b);
    return `| ${name} | ${s.length} | ${pct(s, 50).toFixed(1)} | ${pct(s, 95).toFixed(1)} | ${pct(s, 99).toFixed(1)} |`;
  }),
];
console.log(lines.join('\n'));
if (r.firstError.length) console.error('first errors:', r.firstError);
