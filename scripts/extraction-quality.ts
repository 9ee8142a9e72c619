// Prints the extractor's precision and recall against the curated seed (src/ingest/quality.ts).
//
//   npx tsx scripts/extraction-quality.ts [--seeds ../shared/seeds] [--show-misses]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scoreExtraction, type Tally } from '../src/ingest/quality.js';

const { values: args } = parseArgs({
  options: {
    seeds: { type: 'string', default: path.resolve('../shared/seeds') },
    'show-misses': { type: 'boolean', default: false },
  },
});
const { tally, misses } = scoreExtraction(args.seeds);
const row = (k: string): Tally => tally.get(k) ?? { gold: 0, proposed: 0, right: 0 };
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const line = (k: string, r: Tally) =>
  `| ${k} | ${r.gold} | ${r.proposed} | ${r.right} | ${pct(r.right, r.proposed)} | ${pct(r.right, r.gold)} |`;
const moneyRows = [...tally.entries()].filter(([k]) => k.startsWith('money: ')).sort();
const moneyAll = moneyRows.reduce(
  (t, [, r]) => ({
    gold: t.gold + r.gold,
    proposed: t.proposed + r.proposed,
    right: t.right + r.right,
  }),
  { gold: 0, proposed: 0, right: 0 },
);
console.log(
  [
    '| fact kind | curated | proposed | right | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
    ...moneyRows.map(([k, r]) => line(k, r)),
    line('**money figures (value, unit and kind right)**', moneyAll),
    ...[
      'projects',
      '三个一批 memberships',
      'locations (district, park)',
      'enterprise–project links',
      'project segments (from the name)',
      'project areas (land, floor)',
      '三个一批 stated counts',
      'clusters',
      'events',
    ].map((k) => line(`**${k}**`, row(k))),
  ].join('\n'),
);
if (args['show-misses']) console.log(`\n${misses.join('\n')}`);
