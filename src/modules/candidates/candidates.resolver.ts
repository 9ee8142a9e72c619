import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badInput } from '../../errors/app-error.js';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { GapOptionsInput } from '../gaps/gaps.type.js';
import { fillCandidates } from './candidates.queries.js';
import { CandidateWeightsInput, FillCandidate } from './candidates.type.js';

@Resolver()
export class CandidateResolver {
  @Query(() => [FillCandidate], {
    description:
      "补链招商候选：确在区域外（自身、集团、项目均不在本区域）且在缺口环节经营的企业，按龙头地位、规模、与本地联系、近期扩张评分（未知项不计分），附招商档案与依据路径 / Firms really outside the region (neither they, their group nor their projects are there) operating in its gap segments, ranked by leader standing, scale, links to the region and recent expansion (unknown parts left out of the score, not counted 0), with a dossier and the graph paths that justify each. Weighed: each gap segment's first 300 firms by standing (链主/龙头) and revenue, graph-wide (450 in all). 每个缺口环节按链主/龙头认定与营收取前 300 家企业参与评估（合计不超过 450 家）。",
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
    @Arg('includeLocal', () => Boolean, {
      nullable: true,
      description:
        '同时列出已在本区域的企业（标注本地扩张） [false] / Also list firms already present in the region (itself, its group, a project, or located only at a coarser level), flagged expandLocally [false].',
    })
    includeLocal?: boolean | null,
  ): Promise<FillCandidate[]> {
    const limit = firstArg(first, 'ranking');
    const given = Object.entries(weights ?? {}).filter(([, v]) => v !== undefined && v !== null);
    for (const [k, v] of given as [string, number][])
      if (!(v >= 0 && v <= 1000)) throw badInput(`weights.${k}`, 'must be between 0 and 1000');
    if (!chain === !segment) throw badInput('chain', 'give exactly one of `chain` or `segment`');
    return fillCandidates(ctx.reader, {
      region,
      chain,
      segment,
      options,
      weights: Object.fromEntries(given),
      limit,
      includeLocal: includeLocal ?? false,
    });
  }
}
