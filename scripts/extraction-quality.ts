// Scores the article extractor (src/ingest/extract.ts) against the curated seed (data/seed) as
// ground truth: for each seed article, the money figures the extractor proposes against the
// figures the curators recorded from it. A proposal is right when its span overlaps the figure's
// evidence and its value (亿元), unit and kind are all the curated ones.
//
//   npx tsx scripts/extraction-quality.ts [--seeds ../shared/seeds] [--show-misses]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractMoney, type MoneyCandidate } from '../src/ingest/extract.js';
import { MONEY_KINDS } from '../src/dataset/records.js';

const { values: args } = parseArgs({
  options: {
    seeds: { type: 'string', default: path.resolve('../shared/seeds') },
    'show-misses': { type: 'boolean', default: false },
  },
});

interface Figure {
  id: string;
  kind: string;
  valueYi?: number;
  unit?: string;
  evidence: { source: string; start: number; end: number }[];
}
const sources = (
  JSON.parse(readFileSync('data/seed/sources.json', 'utf8')) as {
    sources: { id: string; file: string }[];
  }
).sources;
const figures = (
  JSON.parse(readFileSync('data/seed/figures.json', 'utf8')) as { figures: Figure[] }
).figures.filter(
  (f) => (MONEY_KINDS as readonly string[]).includes(f.kind) || (f.unit ?? '').endsWith('元'),
);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const same = (c: MoneyCandidate, f: Figure) =>
  c.kind === f.kind && Math.abs(c.valueYi - (f.valueYi ?? NaN)) < 1e-6 && c.unit === f.unit;

const tally = new Map<string, { gold: number; proposed: number; right: number }>();
const row = (k: string) => tally.get(k) ?? tally.set(k, { gold: 0, proposed: 0, right: 0 }).get(k)!;
const misses: string[] = [];
for (const src of sources) {
  const text = readFileSync(path.join(args.seeds, src.file), 'utf8');
  const gold = figures.filter((f) => f.evidence.some((e) => e.source === src.id));
  const proposed = extractMoney(text);
  for (const f of gold) row(f.kind).gold += 1;
  for (const c of proposed) {
    row(c.kind).proposed += 1;
    const hit = gold.some(
      (f) => same(c, f) && f.evidence.some((e) => e.source === src.id && overlaps(c, e)),
    );
    if (hit) row(c.kind).right += 1;
    else
      misses.push(
        `${src.id} wrong: ${c.kind} ${c.valueYi} ${c.unit} «${text.slice(c.start, c.end)}»`,
      );
  }
  for (const f of gold)
    if (
      !proposed.some(
        (c) => same(c, f) && f.evidence.some((e) => e.source === src.id && overlaps(c, e)),
      )
    )
      misses.push(`${src.id} missed: ${f.id} ${f.kind} ${f.valueYi} ${f.unit}`);
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const all = [...tally.values()].reduce(
  (t, r) => ({
    gold: t.gold + r.gold,
    proposed: t.proposed + r.proposed,
    right: t.right + r.right,
  }),
  { gold: 0, proposed: 0, right: 0 },
);
const lines = [
  '| fact kind | curated | proposed | right | precision | recall |',
  '|---|---:|---:|---:|---:|---:|',
  ...[...tally.entries()]
    .sort()
    .map(
      ([k, r]) =>
        `| money: ${k} | ${r.gold} | ${r.proposed} | ${r.right} | ${pct(r.right, r.proposed)} | ${pct(r.right, r.gold)} |`,
    ),
  `| **money figures (value, unit and kind right)** | ${all.gold} | ${all.proposed} | ${all.right} | ${pct(all.right, all.proposed)} | ${pct(all.right, all.gold)} |`,
];
console.log(lines.join('\n'));
if (args['show-misses']) console.log(`\n${misses.join('\n')}`);
