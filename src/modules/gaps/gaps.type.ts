import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Direction, Stage } from '../../graphql/enums.js';
import { ChainSegment, IndustryChain } from '../chain/chain.type.js';
import { District } from '../district/district.type.js';

export enum GapClassEnum {
  MISSING = 'MISSING',
  PIPELINE_ONLY = 'PIPELINE_ONLY',
  WEAK = 'WEAK',
  PRESENT = 'PRESENT',
}
registerEnumType(GapClassEnum, {
  name: 'GapClass',
  description:
    '环节缺口类别 / Gap class of a segment in a region: 缺失 MISSING (nothing local, 补链), 仅有在谈/在建项目 PIPELINE_ONLY, 薄弱 WEAK (below the threshold or no leading firm, 强链), 具备 PRESENT.',
});

@InputType({
  description: '缺口判定参数 / Thresholds of the gap classification (defaults in brackets).',
})
export class GapOptionsInput {
  @Field(() => Float, {
    nullable: true,
    description:
      '薄弱阈值 [2]：企业计1，项目按状态计（投产1、在建0.5、签约0.25） / Presence below this is WEAK [2]; a firm counts 1, projects by status (in production 1, under construction 0.5, signed 0.25).',
  })
  weakThreshold?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: '无龙头企业即为薄弱 [true] / Without a leading firm a segment is WEAK [true].',
  })
  requireLeadingFirm?: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      '龙头企业营收门槛（亿元）[100] / Revenue (亿元) that makes a firm a leading firm [100].',
  })
  leaderRevenueYi?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      '截至“三个一批”第N期（项目状态按当期名单） / As of this 三个一批 period: project status from the lists up to it.',
  })
  asOfPeriod?: number;
}

@ObjectType({ description: '按状态的项目数 / Project counts by status.' })
export class StatusCounts {
  @Field(() => Int, { description: '谋划 / Planned.' }) planned!: number;
  @Field(() => Int, { description: '签约 / Signed.' }) signed!: number;
  @Field(() => Int, { description: '在建 / Under construction.' }) underConstruction!: number;
  @Field(() => Int, { description: '投产 / In production.' }) inProduction!: number;
  @Field(() => Int, { description: '状态未知 / Status unknown.' }) unknown!: number;
}

@ObjectType({ description: '本地企业（摘要） / A local firm in a segment.' })
export class LocalFirm {
  @Field(() => String, { description: '企业编号 / Enterprise id.' }) id!: string;
  @Field(() => String, { description: '名称 / Name.' }) name!: string;
  @Field(() => Float, { nullable: true, description: '营收（亿元） / Revenue, 亿元, when known.' })
  revenueYi!: number | null;
  @Field(() => Boolean, { description: '是否本链链主 / Designated 链主 of this chain.' })
  leader!: boolean;
  @Field(() => [String], { description: '标签 / Tags.' }) tags!: string[];
}

@ObjectType({
  description:
    '本地项目（摘要） / A local project in a segment with its status (as of the period asked).',
})
export class LocalProject {
  @Field(() => String, { description: '项目编号 / Project id.' }) id!: string;
  @Field(() => String, { description: '名称 / Name.' }) name!: string;
  @Field(() => String, {
    nullable: true,
    description: '状态 / Status (planned, signed, under_construction, in_production).',
  })
  status!: string | null;
  @Field(() => Float, { nullable: true, description: '总投资（亿元） / Total investment, 亿元.' })
  investmentYi!: number | null;
}

@ObjectType({
  description: '环节在区域内的情况 / A segment’s local presence and gap class in a region.',
})
export class SegmentGap {
  @Field(() => ChainSegment, { description: '环节 / The segment.' }) segment!: ChainSegment;
  @Field(() => Int, {
    nullable: true,
    description: '链中序号 / Order in the chain (null for a neighbour from another chain).',
  })
  order!: number | null;
  @Field(() => Stage, { description: '位置 / Stage.' }) stage!: Stage;
  @Field(() => Boolean, {
    description: '是否本链环节 / In this chain (false: a supply neighbour in another chain).',
  })
  inChain!: boolean;
  @Field(() => GapClassEnum, { description: '缺口类别 / Gap class.' }) gapClass!: GapClassEnum;
  @Field(() => Float, { description: '存在度 / Presence score (firms + weighted projects).' })
  presenceScore!: number;
  @Field(() => Int, { description: '本地企业数 / Local firms operating in it.' })
  firmCount!: number;
  @Field(() => Int, { description: '本地链主数 / Designated 链主 among them.' })
  leaderCount!: number;
  @Field(() => Boolean, { description: '有龙头企业 / Has a leading firm.' })
  hasLeadingFirm!: boolean;
  @Field(() => StatusCounts, { description: '本地项目按状态 / Local projects by status.' })
  projectsByStatus!: StatusCounts;
  @Field(() => [LocalFirm], {
    description: '本地企业（前若干） / Local firms (a sample, leaders and largest first).',
  })
  firms!: LocalFirm[];
  @Field(() => [LocalProject], { description: '本地项目 / Local projects targeting it.' })
  projects!: LocalProject[];
  @Field(() => [String], { description: '判定理由 / Why it has this class.' }) reasons!: string[];
}

@ObjectType({
  description:
    '延链点 / An extension point: a segment lacking locally, next to one with local capacity.',
})
export class ExtensionPoint {
  @Field(() => ChainSegment, { description: '可延伸的环节 / The segment to extend into.' })
  segment!: ChainSegment;
  @Field(() => ChainSegment, { description: '相邻的本地环节 / The local segment it connects to.' })
  via!: ChainSegment;
  @Field(() => Direction, {
    description: '方向 / UPSTREAM: it supplies the local segment; DOWNSTREAM: it takes its output.',
  })
  direction!: Direction;
  @Field(() => Boolean, { description: '跨链 / The segment belongs to another chain.' })
  crossChain!: boolean;
  @Field(() => GapClassEnum, { description: '其缺口类别 / Its gap class.' })
  gapClass!: GapClassEnum;
}

@ObjectType({ description: '完整度 / Completeness of a chain in a region.' })
export class CompletenessScore {
  @Field(() => Float, {
    description: '具备比例 / Share of segments with local capacity (PRESENT or WEAK), 0–1.',
  })
  share!: number;
  @Field(() => Float, {
    description:
      '加权完整度 / Weighted: PRESENT 1, WEAK 0.6, PIPELINE_ONLY 0.3, MISSING 0; mean over segments.',
  })
  weighted!: number;
  @Field(() => Int, { description: '缺失数 / MISSING segments.' }) missing!: number;
  @Field(() => Int, { description: '仅项目数 / PIPELINE_ONLY segments.' }) pipelineOnly!: number;
  @Field(() => Int, { description: '薄弱数 / WEAK segments.' }) weak!: number;
  @Field(() => Int, { description: '具备数 / PRESENT segments.' }) present!: number;
}

@ObjectType({
  description: '区域产业链缺口报告 / A chain’s gaps in one region (补链 / 强链 / 延链).',
})
export class ChainGapReport {
  @Field(() => IndustryChain, { description: '产业链 / The chain.' }) chain!: IndustryChain;
  @Field(() => District, {
    description: '区域（含下级与园区） / The region, including sub-regions and parks.',
  })
  region!: District;
  @Field(() => Int, {
    nullable: true,
    description: '截至期次 / As of this 三个一批 period (null: current).',
  })
  asOfPeriod!: number | null;
  @Field(() => CompletenessScore, { description: '完整度 / Completeness.' })
  completeness!: CompletenessScore;
  @Field(() => [SegmentGap], {
    description: '本链各环节（上游在前） / The chain’s segments in order.',
  })
  segments!: SegmentGap[];
  @Field(() => [ExtensionPoint], {
    description: '延链点（含跨链） / Extension points along supply edges, also across chains.',
  })
  extensionPoints!: ExtensionPoint[];
}

@ObjectType({ description: '图谱连线 / A supply edge of the chain map (source supplies target).' })
export class ChainMapLink {
  @Field(() => String, { description: '上游环节编号 / Supplying segment id.' }) source!: string;
  @Field(() => String, { description: '下游环节编号 / Consuming segment id.' }) target!: string;
  @Field(() => Boolean, { description: '跨链 / One end lies in another chain.' })
  crossChain!: boolean;
}

@ObjectType({
  description:
    '产业链图谱（可直接绘图） / A chain map ready to draw: nodes with position and presence, links along supply edges.',
})
export class ChainMap {
  @Field(() => IndustryChain, { description: '产业链 / The chain.' }) chain!: IndustryChain;
  @Field(() => District, { description: '区域 / The region.' }) region!: District;
  @Field(() => [SegmentGap], {
    description:
      '节点：本链环节与跨链相邻环节 / Nodes: the chain’s segments and their neighbours in other chains.',
  })
  nodes!: SegmentGap[];
  @Field(() => [ChainMapLink], { description: '连线 / Supply edges between the nodes.' })
  links!: ChainMapLink[];
}
