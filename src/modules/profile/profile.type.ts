import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ProjectStatus } from '../../graphql/enums.js';
import { IndustryChain } from '../chain/chain.type.js';
import { Cluster } from '../cluster/cluster.type.js';
import { District } from '../district/district.type.js';
import { AnalysisCoverage, CompletenessScore } from '../gaps/gaps.type.js';

@ObjectType({ description: '名称与编号 / An id and a name.' })
export class NamedRef {
  @Field(() => String, { description: '编号 / Id.' }) id!: string;
  @Field(() => String, { nullable: true, description: '名称 / Name.' }) name!: string | null;
}

@ObjectType({
  description: '按状态的项目数与投资 / Projects of one status and their known investment.',
})
export class StatusTotal {
  @Field(() => ProjectStatus, {
    nullable: true,
    description: '状态（未知为空） / Status; null for projects whose status is unknown.',
  })
  status!: ProjectStatus | null;
  @Field(() => Int, { description: '项目数 / Projects.' }) projects!: number;
  @Field(() => Int, { description: '投资额已知的项目数 / Of them, with a known investment.' })
  investmentKnown!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      '已知总投资（亿元，均未知为空） / Known total investment, 亿元; null when none is known.',
  })
  investmentYi!: number | null;
}

@ObjectType({ description: '园区在集群中的份额 / A park’s share of the cluster in the region.' })
export class ParkShare {
  @Field(() => String, { description: '园区编号 / Park id.' }) id!: string;
  @Field(() => String, { description: '名称 / Name.' }) name!: string;
  @Field(() => Int, { description: '集群企业数 / Cluster firms there.' }) enterprises!: number;
  @Field(() => Int, { description: '集群项目数 / Cluster projects there.' }) projects!: number;
}

@ObjectType({ description: '链的覆盖 / Segment coverage of one member chain.' })
export class ChainCoverage {
  @Field(() => IndustryChain, { description: '产业链 / The chain.' }) chain!: IndustryChain;
  @Field(() => CompletenessScore, { description: '完整度 / Completeness in the region.' })
  completeness!: CompletenessScore;
  @Field(() => AnalysisCoverage, {
    description: '数据覆盖 / What the completeness rests on in the region.',
  })
  dataCoverage!: AnalysisCoverage;
}

@ObjectType({
  description:
    '产业集群画像 / A cluster in a region: chains, firms, parks, projects by status, investment, leaders, coverage.',
})
export class ClusterProfile {
  @Field(() => Cluster, { description: '集群 / The cluster.' }) cluster!: Cluster;
  @Field(() => District, { description: '区域 / The region.' }) region!: District;
  @Field(() => Int, { description: '集群企业数 / Local firms in the cluster’s chains.' })
  enterprises!: number;
  @Field(() => Int, { description: '集群项目数 / Local projects targeting the cluster’s chains.' })
  projects!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      '项目已知总投资（亿元，均未知为空） / Their known total investment, 亿元; null when none is known.',
  })
  investmentYi!: number | null;
  @Field(() => Int, { description: '有投资数据的项目数 / Projects with a known investment.' })
  investmentKnown!: number;
  @Field(() => [StatusTotal], { description: '按状态 / Projects by status.' })
  projectsByStatus!: StatusTotal[];
  @Field(() => [NamedRef], { description: '链主 / Designated 链主 among the local firms.' })
  leaders!: NamedRef[];
  @Field(() => [ParkShare], { description: '主要园区 / Parks holding the cluster, largest first.' })
  parks!: ParkShare[];
  @Field(() => [ChainCoverage], {
    description: '各链环节覆盖 / Segment coverage per member chain.',
  })
  coverage!: ChainCoverage[];
}

@ObjectType({ description: '园区产业链集中度 / A park ranked by its concentration in a chain.' })
export class ParkConcentration {
  @Field(() => String, { description: '园区编号 / Park id.' }) id!: string;
  @Field(() => String, { description: '名称 / Name.' }) name!: string;
  @Field(() => NamedRef, { nullable: true, description: '所在区域 / District.' })
  district!: NamedRef | null;
  @Field(() => Int, { description: '链上企业数 / Firms in the chain’s segments.' })
  chainEnterprises!: number;
  @Field(() => Int, { description: '园区企业总数 / All firms in the park.' })
  allEnterprises!: number;
  @Field(() => Int, { description: '链上项目数 / Projects targeting the chain.' })
  chainProjects!: number;
  @Field(() => Float, {
    nullable: true,
    description: '链上企业占比 / Share of the park’s firms in the chain.',
  })
  share!: number | null;
  @Field(() => Int, {
    description: '投资额已知的链上项目数 / Of those projects, with a known investment.',
  })
  investmentKnown!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      '链上项目已知投资（亿元，均未知为空） / Known investment of those projects, 亿元; null when none is known.',
  })
  investmentYi!: number | null;
}
