import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badInput } from '../../errors/app-error.js';
import { firstArg, intArg } from '../../graphql/args.js';
import type { RequestContext } from '../../graphql/context.js';
import { Direction } from '../../graphql/enums.js';
import { traverse } from './traversal.queries.js';
import { GraphPath } from './traversal.type.js';

export const MAX_DEPTH = 4;

@Resolver()
export class TraversalResolver {
  @Query(() => [GraphPath], {
    description:
      '沿供应关系向上游或下游遍历（从环节、企业或项目出发，深度≤4），返回路径 / Walk supply edges upstream or downstream from a segment, enterprise or project (depth ≤ 4); returns the paths, shortest first.',
  })
  traverse(
    @Ctx() ctx: RequestContext,
    @Arg('direction', () => Direction, { description: '方向 / UPSTREAM or DOWNSTREAM.' })
    direction: Direction,
    @Arg('segment', () => String, {
      nullable: true,
      description: '起点环节 / Start at this segment (name or id).',
    })
    segment?: string,
    @Arg('enterprise', () => String, {
      nullable: true,
      description: '或起点企业 / Or this enterprise.',
    })
    enterprise?: string,
    @Arg('project', () => String, { nullable: true, description: '或起点项目 / Or this project.' })
    project?: string,
    @Arg('depth', () => Int, {
      nullable: true,
      description: '深度（默认2，上限4） / Depth in supply steps (default 2, max 4).',
    })
    depth?: number,
    @Arg('first', () => Int, {
      nullable: true,
      description: '最多路径数（默认50，上限200） / At most this many paths (default 50, max 200).',
    })
    first?: number,
  ): Promise<GraphPath[]> {
    // null is the same as absent; the one start given decides the label (even an empty text,
    // which resolveId refuses by name).
    const starts = (
      [
        ['ChainSegment', segment, 'segment'],
        ['Enterprise', enterprise, 'enterprise'],
        ['Project', project, 'project'],
      ] as const
    ).filter(([, v]) => v !== undefined && v !== null);
    if (starts.length !== 1)
      throw badInput('segment', 'give exactly one of `segment`, `enterprise` or `project`');
    const d = intArg('depth', depth, { min: 1, max: MAX_DEPTH, fallback: 2 });
    const limit = firstArg(first, 'paths');
    const [label, value, argument] = starts[0]!;
    return traverse(ctx.reader, { label, value: value!, argument }, direction, d, limit);
  }
}
