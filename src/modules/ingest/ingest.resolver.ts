import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { badInput } from '../../errors/app-error.js';
import type { RequestContext } from '../../graphql/context.js';
import { ChangeSet } from '../edits/edits.type.js';
import { editor, shown } from '../edits/edits.resolver.js';
import {
  acceptCandidate,
  ingestArticle,
  rejectCandidate,
  reviewQueue,
  sourceTexts,
  type Candidate,
} from './ingest.queries.js';
import {
  AcceptCandidateInput,
  CandidateStatus,
  IngestArticleInput,
  Ingestion,
  RejectCandidateInput,
  ReviewCandidate,
} from './ingest.type.js';

/** Candidates with their passage, cut from each source's stored text (one read per source). */
async function withText(ctx: RequestContext, list: Candidate[]): Promise<ReviewCandidate[]> {
  const texts = await sourceTexts(ctx.db, [...new Set(list.map((c) => c.sourceId))]);
  return list.map((c) => ({
    ...c,
    status: c.status as CandidateStatus,
    text: (texts.get(c.sourceId) ?? '').slice(c.start, c.end),
  }));
}

@Resolver()
export class IngestResolver {
  @Mutation(() => Ingestion, {
    description:
      '文章入库：保存全文与哈希，抽取候选事实进入审核队列（编辑者） / Ingest an article: stored with its text and hash, its candidate facts queued for review (editor role).',
  })
  async ingestArticle(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => IngestArticleInput) input: IngestArticleInput,
  ): Promise<Ingestion> {
    const actor = editor(ctx);
    const r = await ingestArticle(ctx.db, input, actor);
    return { ...r, candidates: await withText(ctx, r.candidates) };
  }

  @Query(() => [ReviewCandidate], {
    description:
      '审核队列：按状态、来源、事实类型筛选，按原文顺序 / The review queue, by status, source and fact kind, in text order.',
  })
  async reviewQueue(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => CandidateStatus, {
      defaultValue: CandidateStatus.PENDING,
      description: '状态 / Status.',
    })
    status: CandidateStatus,
    @Arg('sourceId', () => ID, { nullable: true, description: '来源 / Source id.' })
    sourceId?: string | null,
    @Arg('factKind', () => String, {
      nullable: true,
      description:
        '事实类型（figure/project/enterprise/event） / Fact kind (figure, project, enterprise, event).',
    })
    factKind?: string | null,
    @Arg('first', () => Int, {
      defaultValue: 100,
      description: '最多条数（默认100，上限500） / At most this many (default 100, max 500).',
    })
    first = 100,
  ): Promise<ReviewCandidate[]> {
    if (first < 1 || first > 500) throw badInput('first', 'between 1 and 500');
    return withText(ctx, await reviewQueue(ctx.db, { status, sourceId, factKind, limit: first }));
  }

  @Mutation(() => ChangeSet, {
    description:
      '采纳候选：写入事实（以原文位置为出处）并记入历史 / Accept a candidate: its fact is written with its span as evidence, and recorded in the history.',
  })
  async acceptCandidate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AcceptCandidateInput) input: AcceptCandidateInput,
  ): Promise<ChangeSet> {
    const actor = editor(ctx);
    return shown(await acceptCandidate(ctx.db, { ...input, actor }));
  }

  @Mutation(() => ReviewCandidate, {
    description: '驳回候选：不写入任何事实 / Reject a candidate: nothing is written.',
  })
  async rejectCandidate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RejectCandidateInput) input: RejectCandidateInput,
  ): Promise<ReviewCandidate> {
    const actor = editor(ctx);
    const [c] = await withText(ctx, [await rejectCandidate(ctx.db, { ...input, actor })]);
    return c!;
  }
}
