import type { EnterpriseRec, FigureRec } from '../dataset/records.js';
import type { Place, Regions } from './generate-regions.js';
import { pad } from './generate-regions.js';
import { money } from './money.js';
import { brand, chainWords, firmSuffix, NameBook } from './names.js';
import { Random, WeightedPicker, zipfWeights } from './random.js';
import type { GenerateSettings } from './settings.js';
import type { ChainIndex } from './taxonomy.js';

/** A generated firm, before it becomes a record: what projects and links need to know. */
export interface Firm {
  id: string;
  name: string;
  alias: string;
  kind: EnterpriseRec['kind'];
  chain: string;
  /** 1–3 segments of `chain`, the first the main one. */
  segments: string[];
  /** Annual revenue in 亿元 (lognormal: most firms small, a few very large). */
  revenue: number;
  place: number;
  park: number | null;
  tags: string[];
  hqOutside: boolean;
  /** The city it is 链主 of its chain in, for the rare leaders. */
  leads: string | null;
  /** Ids of the firms it supplies. */
  supplies: string[];
}

const TAG_ORDER = ['链主', '专精特新', '小巨人', '高新技术企业', '规上企业', '上市公司'];
/** Median revenue (亿元) and log spread: the top 10 % of firms hold about 60 % of revenue. */
const REVENUE_MEDIAN = 0.5;
const REVENUE_SIGMA = 1.5;

/** Firms: chain (skewed), segments, size, location, name and tags. Links and leaders come later. */
export function generateFirms(s: GenerateSettings, ix: ChainIndex, regions: Regions): Firm[] {
  const rng = new Random(s.seed, 'enterprises');
  const chains = rng.shuffle(ix.chainIds);
  const chainPicker = new WeightedPicker(zipfWeights(chains.length, 0.9));
  const names = new NameBook();
  const width = Math.max(6, String(s.enterprises).length);
  const firms: Firm[] = [];
  for (let i = 0; i < s.enterprises; i++) {
    const chain = chains[chainPicker.pick(rng)] as string;
    const segments = pickSegments(rng, ix.chainSegments.get(chain) as string[]);
    const revenue = Math.min(5000, Math.max(0.005, rng.lognormal(REVENUE_MEDIAN, REVENUE_SIGMA)));
    const park = rng.chance(0.6) ? regions.parkPicker.pick(rng) : null;
    const place =
      park === null ? regions.placePicker.pick(rng) : (regions.parkPlace[park] as number);
    const where = regions.places[place] as Place;
    const word = rng.pick(chainWords(chain, ix.chainName.get(chain) ?? chain));
    const roll = rng.next();
    const kind = roll < 0.015 ? 'research_institute' : roll < 0.02 ? 'platform' : 'company';
    const suffix =
      kind === 'research_institute'
        ? '研究院有限公司'
        : kind === 'platform'
          ? '产业服务平台有限公司'
          : '';
    let alias = '';
    const name = names.take(
      () => {
        alias = brand(rng) + word;
        const prefix = rng.chance(0.75) ? where.cityStem : '';
        return prefix + alias + (suffix || firmSuffix(rng, revenue >= 20));
      },
      (n) => `${where.cityStem}${alias}第${n}${suffix || '有限公司'}`,
    );
    firms.push({
      id: `gen-e-${pad(i + 1, width)}`,
      name,
      alias,
      kind,
      chain,
      segments,
      revenue,
      place,
      park,
      tags: tagsFor(rng, revenue),
      hqOutside: rng.chance(0.04),
      leads: null,
      supplies: [],
    });
  }
  return firms;
}

/** The main segment anywhere in the chain, extra ones close to it (within two positions). */
function pickSegments(rng: Random, chainSegments: string[]): string[] {
  const main = rng.int(0, chainSegments.length - 1);
  const wanted = 1 + (rng.chance(0.35) ? 1 : 0) + (rng.chance(0.12) ? 1 : 0);
  const out = [chainSegments[main] as string];
  for (let tries = 0; out.length < wanted && tries < 8; tries++) {
    const j = Math.min(chainSegments.length - 1, Math.max(0, main + rng.int(-2, 2)));
    const seg = chainSegments[j] as string;
    if (!out.includes(seg)) out.push(seg);
  }
  return out;
}

function tagsFor(rng: Random, revenue: number): string[] {
  const tags = new Set<string>();
  if (revenue >= 0.2) tags.add('规上企业');
  if (rng.chance(revenue >= 1 ? 0.4 : 0.15)) tags.add('高新技术企业');
  if (revenue >= 0.1 && revenue <= 5 && rng.chance(0.08)) {
    tags.add('专精特新');
    if (rng.chance(0.2)) tags.add('小巨人');
  }
  if (revenue >= 50 && rng.chance(0.5)) tags.add('上市公司');
  return TAG_ORDER.filter((t) => tags.has(t));
}

export function enterpriseRecord(f: Firm, s: GenerateSettings, regions: Regions): EnterpriseRec {
  const ref = s.reference;
  const where = regions.places[f.place] as Place;
  const tags = f.leads ? ['链主', ...f.tags] : f.tags;
  return {
    id: f.id,
    name: f.name,
    aliases: [f.alias],
    kind: f.kind,
    ...(tags.length ? { tags } : {}),
    district: where.id,
    park: f.park === null ? null : (regions.parks[f.park]?.id ?? null),
    hqOutside: f.hqOutside,
    segments: f.segments.map((segment, i) => ({
      segment,
      basis: i ? 'synthetic: related business' : 'synthetic: main business',
      reference: ref,
    })),
    ...(f.leads ? { leaderOf: [{ chain: f.chain, region: f.leads, reference: ref }] } : {}),
    ...(f.supplies.length
      ? { links: f.supplies.map((to) => ({ to, kind: 'supplier_of' as const, reference: ref })) }
      : {}),
    reference: ref,
  };
}

export function revenueFigure(f: Firm, s: GenerateSettings): FigureRec {
  return {
    id: `gen-f-rev-${f.id.slice('gen-'.length)}`,
    subject: { kind: 'enterprise', id: f.id },
    kind: 'revenue',
    ...money(f.revenue),
    qualifier: 'about',
    year: 2023,
    reference: s.reference,
  };
}
