import { resolveId } from '../entity/entity.queries.js';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { int } from '../../db/convert.js';
import { badInput } from '../../errors/app-error.js';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { analyseChain } from './analysis.service.js';
import { GapOptionsInput } from './analysis.type.js';
import { DEFAULT_WEIGHTS, scoreCandidates, type CandidateFacts } from './candidate-scorer.js';
import {
  CANDIDATE_POOL,
  CandidateWeightsInput,
  FillCandidate,
  GraphPath,
} from './candidate.type.js';

type Row = CandidateFacts & {
  name: string;
  aliases: string[];
  segments: { id: string; name: string }[];
  paths: { nodes: GraphPath['nodes']; rels: string[] }[];
};

@Resolver()
export class CandidateResolver {
  @Query(() => [FillCandidate], {
    description:
      '补链招商候选：区域外在缺口环节经营的企业，按龙头地位、规模、与本地联系、近期扩张评分，附依据路径 / Firms outside the region operating in its gap segments, ranked by leader status, scale, links to the region and recent expansion, with the graph paths that justify each.',
  })
  async fillCandidates(
    @Ctx() ctx: RequestContext,
    @Arg('region', () => String, { description: '区域 / Region name, alias or id.' })
    region: string,
    @Arg('chain', () => String, {
      nullable: true,
      description:
        '产业链：其缺失、仅项目、薄弱环节 / Chain: fill its MISSING, PIPELINE_ONLY and WEAK segments.',
    })
    chain?: string | null,
    @Arg('segment', () => String, { nullable: true, description: '或指定环节 / Or one segment.' })
    segment?: string | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: '条数（默认10，上限100） / How many (default 10, max 100).',
    })
    first?: number | null,
    @Arg('options', () => GapOptionsInput, {
      nullable: true,
      description: '缺口判定参数 / Gap thresholds (with `chain`).',
    })
    options?: GapOptionsInput | null,
    @Arg('weights', () => CandidateWeightsInput, {
      nullable: true,
      description: '评分权重 / Score weights.',
    })
    weights?: CandidateWeightsInput | null,
  ): Promise<FillCandidate[]> {
    const limit = firstArg(first, 'ranking');
    const given = Object.entries(weights ?? {}).filter(([, v]) => v !== undefined && v !== null);
    for (const [k, v] of given as [string, number][])
      if (!(v >= 0 && v <= 1000)) throw badInput(`weights.${k}`, 'must be between 0 and 1000');
    if (!chain === !segment) throw badInput('chain', 'give exactly one of `chain` or `segment`');
    const regionId = (await resolveId(ctx.reader, 'District', region, 'region'))!;
    let segments: string[];
    if (segment) {
      segments = [(await resolveId(ctx.reader, 'ChainSegment', segment, 'segment'))!];
    } else {
      const { reports } = await analyseChain(ctx, chain!, [regionId], options, 1);
      segments = reports[0]!.segments
        .filter((s) => s.gapClass !== 'PRESENT')
        .map((s) => s.segment.id);
      if (!segments.length) return [];
    }
    const rows = (await ctx.reader.rows('candidates/fill-candidates', {
      segments,
      region: regionId,
      pool: int(CANDIDATE_POOL),
    })) as unknown as Row[];
    const scored = scoreCandidates(rows, { ...DEFAULT_WEIGHTS, ...Object.fromEntries(given) });
    return scored.slice(0, limit).map((c) => ({
      id: c.id,
      name: c.name,
      aliases: c.aliases,
      segments: c.segments.map((s) => s.name),
      leads: c.leads,
      revenueYi: c.revenueYi,
      score: c.breakdown,
      reasons: reasonsOf(c),
      paths: c.paths.map((p) => ({ nodes: p.nodes, relationships: p.rels })),
    }));
  }
}

function reasonsOf(c: Row & { breakdown: { total: number } }): string[] {
  const out = [`operates in ${c.segments.map((s) => s.name).join('、')}`];
  if (c.leads.length) out.push(`designated 链主 of ${c.leads.join('、')}`);
  if (c.revenueYi) out.push(`revenue about ${c.revenueYi} 亿元`);
  if (c.linkCount) out.push(`${c.linkCount} direct link(s) to firms in the region`);
  if (c.projectLinks) out.push(`${c.projectLinks} project(s) already in the region`);
  if (c.subsidiaryLinks) out.push(`group company present in the region`);
  if (c.supplyLinks) out.push(`${c.supplyLinks} local firm(s) one supply step away`);
  if (c.recentProjects) out.push(`${c.recentProjects} recent project(s) signed or under way`);
  return out;
}
