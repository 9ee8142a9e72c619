// Times the article extractor on texts up to the ingestion limit (300 000 characters): the seed
// articles repeated, and adversarial texts (no punctuation; every clause a list item; amounts and
// project words everywhere). Reading must stay near-linear in the text's length.
//
//   npx tsx bench/extract.ts [--seeds ../shared/seeds]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractMoney } from '../src/ingest/extract.js';
import {
  extractClusters,
  extractEvents,
  extractLeaders,
  extractProjects,
  extractStatedCounts,
  type Gazetteer,
} from '../src/ingest/extract-projects.js';

const { values: args } = parseArgs({
  options: { seeds: { type: 'string', default: path.resolve('../shared/seeds') } },
});
const seeds = readdirSync(args.seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(args.seeds, f), 'utf8'))
  .join('\n\n');
const gaz: Gazetteer & { chains: { id: string; names: string[] }[] } = {
  regions: [
    { id: 'zhengzhou', kind: 'district', names: ['郑州市', '郑州'], coarse: true, level: 'city' },
    {
      id: 'zz-gaoxin',
      kind: 'district',
      names: ['郑州高新区', '高新区'],
      level: 'functional_zone',
    },
    {
      id: 'zz-jingkai',
      kind: 'district',
      names: ['郑州经开区', '经开区'],
      level: 'functional_zone',
    },
  ],
  enterprises: [{ id: 'sanquan', names: ['三全食品股份有限公司', '三全食品', '三全'] }],
  chains: [{ id: 'automobile', names: ['汽车产业链', '汽车'] }],
};
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const texts: [string, (n: number) => string][] = [
  ['seed articles repeated', (n) => fill(seeds, n)],
  [
    'no punctuation, amounts and project words',
    (n) => fill('测试产业园项目总投资5亿元高新区链主汽车', n),
  ],
  ['every clause a list item', (n) => fill('测试甲产业园项目、', n)],
  [
    '三个一批 headers',
    (n) => fill('第七期“三个一批”“开工一批”项目3个：测试项目（第五期开工项目）、', n),
  ],
];
const run = (t: string) => {
  extractMoney(t);
  extractProjects(t, gaz);
  extractStatedCounts(t, gaz);
  extractClusters(t, gaz);
  extractLeaders(t, gaz);
  extractEvents(t, gaz, 2024);
};
console.log('| text | 30 000 chars | 300 000 chars | ratio (linear: 10) |');
console.log('|---|---:|---:|---:|');
for (const [name, make] of texts) {
  const ms = [30_000, 300_000].map((n) => {
    const t = make(n);
    const t0 = performance.now();
    run(t);
    return performance.now() - t0;
  });
  console.log(
    `| ${name} | ${ms[0]!.toFixed(0)} ms | ${ms[1]!.toFixed(0)} ms | ${(ms[1]! / ms[0]!).toFixed(1)} |`,
  );
}
