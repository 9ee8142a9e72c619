import { money } from '../../core/round.js';
import { resolveId } from '../entity/entity.queries.js';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { int } from '../../db/convert.js';
import { decodeEvidence } from '../../graphql/node-row.js';
import { firstArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { leaderScore, leadingTags, type LeaderFacts } from './leader-scorer.js';
import { ChainLeaderEntry } from './leaders.type.js';

@Resolver()
export class LeadersResolver {
  @Query(() => [ChainLeaderEntry], {
    description:
      '链主：已指定的链主（附出处）及按图谱证据计算的本地候选（附判据） / Chain leaders in a region: designated 链主 with sources first, then local candidates scored from graph evidence with the criteria shown.',
  })
  async chainLeaders(
    @Ctx() ctx: RequestContext,
    @Arg('chain', () => String, { description: '产业链 / Chain name, alias or id.' }) chain: string,
    @Arg('region', () => String, { description: '区域 / Region name, alias or id.' })
    region: string,
    @Arg('first', () => Int, {
      nullable: true,
      description: '条数（默认10，上限100） / How many (default 10, max 100).',
    })
    first?: number,
  ): Promise<ChainLeaderEntry[]> {
    const limit = firstArg(first, 'ranking');
    const [chainId, regionId] = await Promise.all([
      resolveId(ctx.reader, 'IndustryChain', chain, 'chain'),
      resolveId(ctx.reader, 'District', region, 'region'),
    ]);
    const [rows, segments] = await Promise.all([
      ctx.reader.rows('leaders/leader-candidates', {
        chain: chainId,
        region: regionId,
        limit: int(500),
      }),
      ctx.reader.batch('chain/segments', chainId!),
    ]);
    const maxRevenue = Math.max(0, ...rows.map((r) => Number(r.revenueYi ?? 0)));
    return rows
      .map((r) => {
        const facts = r as unknown as LeaderFacts & {
          id: string;
          name: string;
          designated: boolean;
          investmentYi: number;
          leadership: { region?: string; evidence?: string[]; referenceBasis?: string }[];
        };
        return {
          id: facts.id,
          name: facts.name,
          designated: facts.designated,
          designations: facts.leadership.map((l) => ({
            region: l.region ?? null,
            evidence: decodeEvidence(l.evidence),
            reference: l.referenceBasis ? { basis: l.referenceBasis } : null,
          })),
          score: leaderScore(facts, segments.length, maxRevenue),
          criteria: {
            segmentsCovered: facts.segments.length,
            segments: facts.segments,
            revenueYi: facts.revenueYi ?? null,
            leadingTags: leadingTags(facts.tags),
            localProjects: facts.localProjects,
            localInvestmentYi: money(facts.investmentYi),
            localPartners: facts.localPartners,
          },
        };
      })
      .sort(
        (a, b) =>
          Number(b.designated) - Number(a.designated) ||
          b.score - a.score ||
          a.id.localeCompare(b.id),
      )
      .slice(0, limit);
  }
}
