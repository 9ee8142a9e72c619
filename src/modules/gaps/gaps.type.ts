import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Direction, ProjectStatus, Stage } from '../../graphql/enums.js';
import { ChainSegment, IndustryChain } from '../chain/chain.type.js';
import { District } from '../district/district.type.js';

export enum GapClassEnum {
  UNKNOWN = 'UNKNOWN',
  MISSING = 'MISSING',
  PIPELINE_ONLY = 'PIPELINE_ONLY',
  WEAK = 'WEAK',
  PRESENT = 'PRESENT',
}
registerEnumType(GapClassEnum, {
  name: 'GapClass',
  description:
    '环节缺口类别 / Gap class of a segment in a region: 无数据 UNKNOWN (the graph cannot tell: no data on the chain in the region, or firms of the segment located only at a coarser level that could be here), 缺失 MISSING (the region has data on the chain and nothing local in this segment, 补链), 仅有在谈/在建项目 PIPELINE_ONLY, 薄弱 WEAK (below the threshold or no leading firm, 强链), 具备 PRESENT.',
});

export enum PresenceRuleEnum {
  SCALE = 'SCALE',
  COUNT = 'COUNT',
}
registerEnumType(PresenceRuleEnum, {
  name: 'PresenceRule',
  description:
    '存在度计算规则 / How presence counts: 按规模 SCALE (a large firm or project adds largeWeight to its count of 1), 按数量 COUNT (head count; projects by status only).',
});

@InputType({
  description: '缺口判定参数 / Thresholds of the gap classification (defaults in brackets).',
})
export class GapOptionsInput {
  @Field(() => PresenceRuleEnum, {
    nullable: true,
    description: '存在度规则 [SCALE] / Presence rule [SCALE].',
  })
  rule?: PresenceRuleEnum;

  @Field(() => Float, {
    nullable: true,
    description:
      '大企业营收门槛（亿元）[10] / Revenue (亿元) from which a firm counts as large [10].',
  })
  largeFirmRevenueYi?: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '大项目门槛（总投资或产值，亿元）[10] / Total investment or output value (亿元) from which a project counts as large [10].',
  })
  largeProjectYi?: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '规模加权 [1]：SCALE规则下大企业/大项目在计数1之外的加权 / Under SCALE, what a large firm or project adds to its count of 1 [1].',
  })
  largeWeight?: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '薄弱阈值 [2]：企业计1（大企业另加规模加权），项目按状态计（投产1、在建0.5、签约0.25，大项目加权） / Presence below this is WEAK [2]; a firm counts 1 (a large one 1 + largeWeight), projects by status (in production 1, under construction 0.5, signed 0.25; large ones weighted alike).',
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
  @Field(() => Boolean, {
    description: '是否龙头企业 / A leading firm (see leadingBasis).',
  })
  leading!: boolean;
  @Field(() => Boolean, {
    description: '是否大企业 / Large: leading, or revenue ≥ largeFirmRevenueYi.',
  })
  large!: boolean;
  @Field(() => [String], {
    description:
      '龙头依据 / Why it is leading: designated（链主认定）, described（文中称龙头企业）, tag（上市/央企/小巨人等标签）, revenue（营收达标）, group（所属集团为龙头）.',
  })
  leadingBasis!: string[];
  @Field(() => [String], { description: '标签 / Tags.' }) tags!: string[];
}

@ObjectType({
  description:
    '本地项目（摘要） / A local project in a segment with its status (as of the period asked).',
})
export class LocalProject {
  @Field(() => String, { description: '项目编号 / Project id.' }) id!: string;
  @Field(() => String, { description: '名称 / Name.' }) name!: string;
  @Field(() => ProjectStatus, {
    nullable: true,
    description: '状态（截至所问期次） / Status, as of the period asked; null when unknown.',
  })
  status!: ProjectStatus | null;
  @Field(() => Float, {
    nullable: true,
    description: '总投资（亿元，未知为空） / Total investment, 亿元; null when unknown.',
  })
  investmentYi!: number | null;
  @Field(() => Boolean, {
    description: '是否大项目 / Large: investment or output ≥ largeProjectYi.',
  })
  large!: boolean;
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
  @Field(() => String, {
    description:
      '缺口类别（中英文） / The gap class in words, Chinese first, e.g. "缺失 / missing".',
  })
  gapClassLabel!: string;
  @Field(() => Float, { description: '存在度 / Presence score (firms + weighted projects).' })
  presenceScore!: number;
  @Field(() => Int, {
    description: '本地企业数（全部） / Local firms operating in it (all of them).',
  })
  firmCount!: number;
  @Field(() => Int, { description: '本地链主数 / Designated 链主 among them.' })
  leaderCount!: number;
  @Field(() => Int, { description: '本地龙头企业数 / Leading firms among them (all counted).' })
  leadingCount!: number;
  @Field(() => Int, { description: '本地大企业数 / Large firms among them.' })
  largeFirmCount!: number;
  @Field(() => Int, {
    description: '营收已知的本地企业数 / Local firms whose revenue the graph knows.',
  })
  revenueKnownCount!: number;
  @Field(() => Int, {
    description:
      '仅知位于上级区域的该环节企业数（可能在本区域） / Firms of the segment located only at a coarser level (e.g. 郑州市, district unknown): they could be here.',
  })
  coarseFirmCount!: number;
  @Field(() => Int, {
    description: '投资额已知的本地项目数 / Local projects whose total investment is known.',
  })
  investmentKnownCount!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      '本地项目已知总投资合计（亿元，均未知为空） / Sum of the known total investments of the local projects, 亿元; null when none is known.',
  })
  investmentYi!: number | null;
  @Field(() => Boolean, { description: '有龙头企业 / Has a leading firm.' })
  hasLeadingFirm!: boolean;
  @Field(() => StatusCounts, { description: '本地项目按状态 / Local projects by status.' })
  projectsByStatus!: StatusCounts;
  @Field(() => [LocalFirm], {
    description:
      '本地企业（前若干，仅供展示，不影响判定） / Local firms: a sample for display (链主, leading and largest first); counts above cover all.',
  })
  firms!: LocalFirm[];
  @Field(() => [LocalProject], {
    description:
      '本地项目（前若干，投资额大者在前） / Local projects targeting it: a sample for display, largest first.',
  })
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

@ObjectType({
  description:
    '完整度 / Completeness of a chain in a region, over the segments the data can speak for (UNKNOWN left out and counted). Means, so chains of different lengths compare.',
})
export class CompletenessScore {
  @Field(() => Float, {
    nullable: true,
    description:
      '具备比例 / Share of the classified segments with local capacity (PRESENT or WEAK), 0–1; null when no segment can be classified.',
  })
  share!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      '加权完整度 / Weighted: PRESENT 1, WEAK 0.6, PIPELINE_ONLY 0.3, MISSING 0; mean over the classified segments; null when none.',
  })
  weighted!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      '按重要度加权的完整度 / The weighted completeness with each segment weighted by its importance (1 + the supply edges it carries within the chain); null when none.',
  })
  importanceWeighted!: number | null;
  @Field(() => Float, {
    description:
      '可判定环节占比 / Share of the chain’s segments that could be classified (not UNKNOWN), 0–1: how much the completeness rests on.',
  })
  segmentCoverage!: number;
  @Field(() => Int, { description: '无数据数 / UNKNOWN segments.' }) unknown!: number;
  @Field(() => Int, { description: '缺失数 / MISSING segments.' }) missing!: number;
  @Field(() => Int, { description: '仅项目数 / PIPELINE_ONLY segments.' }) pipelineOnly!: number;
  @Field(() => Int, { description: '薄弱数 / WEAK segments.' }) weak!: number;
  @Field(() => Int, { description: '具备数 / PRESENT segments.' }) present!: number;
}

@ObjectType({
  description:
    '数据覆盖 / What an analysis of a region rests on: how much the graph knows there, and whether the region compares with the others of the answer.',
})
export class AnalysisCoverage {
  @Field(() => Int, {
    description: '区域内已知企业数 / Enterprises known in the region (any chain).',
  })
  firms!: number;
  @Field(() => Int, { description: '区域内已知项目数 / Projects known in the region.' })
  projects!: number;
  @Field(() => Int, {
    description: '未标注环节的项目数 / Projects in the region mapped to no chain segment.',
  })
  projectsWithoutSegment!: number;
  @Field(() => Int, {
    description:
      '其中不属于任何产业链的项目数（文旅、物流、目录外产业） / Of those, projects that belong to no chain (tourism, logistics, industries outside the taxonomy); the rest are carrier parks or projects whose product is not stated.',
  })
  projectsOutsideChains!: number;
  @Field(() => Int, {
    description:
      '其中产业未明的项目数（载体园区、未说明产品），可能属于任何链 / Of those, projects whose industry is not stated (carrier parks, products not stated): they could belong to any chain.',
  })
  projectsUnknownIndustry!: number;
  @Field(() => Int, { description: '该链本地企业数 / Firms of this chain in the region.' })
  chainFirms!: number;
  @Field(() => Int, {
    description:
      '其中参考数据企业数 / Of them, reference data (public knowledge) rather than article facts.',
  })
  chainFirmsReference!: number;
  @Field(() => Float, {
    nullable: true,
    description: '参考数据占比 / Share of the chain’s local firms that are reference data.',
  })
  referenceShare!: number | null;
  @Field(() => Int, { description: '该链本地项目数 / Projects of this chain in the region.' })
  chainProjects!: number;
  @Field(() => Int, {
    description:
      '该链环节未明的本地项目数（不计入任何环节） / Projects of this chain in the region whose segment is not stated: counted in no segment.',
  })
  chainProjectsUnsegmented!: number;
  @Field(() => Int, {
    description:
      '仅知位于上级区域的该链企业数 / Firms of the chain located only at a coarser level (e.g. 郑州市, district unknown): they could be in the region.',
  })
  coarseChainFirms!: number;
  @Field(() => Int, {
    description:
      '仅知位于上级区域的企业数（任何链） / Firms of any chain located only at a coarser level.',
  })
  coarseFirms!: number;
  @Field(() => Boolean, {
    description:
      '区域内有该链数据 / The graph knows at least one firm or project of the chain here (else every segment is UNKNOWN).',
  })
  hasChainData!: boolean;
  @Field(() => Boolean, {
    description:
      '可与本次其他区域比较 / Safe to compare with the other regions of this answer (same level, data of the same kind, data on the chain).',
  })
  comparable!: boolean;
  @Field(() => [String], { description: '说明 / Notes on how to read this region’s answer.' })
  notes!: string[];
}

@ObjectType({ description: '判定标准 / The rule and thresholds an answer was computed with.' })
export class GapCriteria {
  @Field(() => PresenceRuleEnum, { description: '存在度规则 / Presence rule.' })
  rule!: PresenceRuleEnum;
  @Field(() => Float, { description: '薄弱阈值 / Presence below this is WEAK.' })
  weakThreshold!: number;
  @Field(() => Boolean, { description: '无龙头即薄弱 / Without a leading firm a segment is WEAK.' })
  requireLeadingFirm!: boolean;
  @Field(() => Float, { description: '龙头营收门槛（亿元） / Leading-firm revenue, 亿元.' })
  leaderRevenueYi!: number;
  @Field(() => Float, { description: '大企业营收门槛（亿元） / Large-firm revenue, 亿元.' })
  largeFirmRevenueYi!: number;
  @Field(() => Float, {
    description: '大项目门槛（亿元） / Large-project investment or output, 亿元.',
  })
  largeProjectYi!: number;
  @Field(() => Float, { description: '规模加权 / What a large firm or project adds under SCALE.' })
  largeWeight!: number;
  @Field(() => [String], {
    description: '龙头标签 / Tags that make a firm leading.',
  })
  leadingTags!: string[];
  @Field(() => String, {
    description: '规则说明 / The rule in words.',
  })
  explanation!: string;
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
  @Field(() => AnalysisCoverage, {
    description: '数据覆盖与可比性 / What the answer rests on, and whether it compares.',
  })
  coverage!: AnalysisCoverage;
  @Field(() => GapCriteria, { description: '判定标准 / The rule and thresholds used.' })
  criteria!: GapCriteria;
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
  @Field(() => CompletenessScore, { description: '完整度 / Completeness.' })
  completeness!: CompletenessScore;
  @Field(() => AnalysisCoverage, { description: '数据覆盖 / What the map rests on.' })
  coverage!: AnalysisCoverage;
  @Field(() => GapCriteria, { description: '判定标准 / The rule and thresholds used.' })
  criteria!: GapCriteria;
  @Field(() => [ExtensionPoint], {
    description:
      '延链点（含跨链）：本地缺少、与本地已有环节相邻的环节 / Extension points: segments lacking locally next to a segment with local capacity, also across chains.',
  })
  extensionPoints!: ExtensionPoint[];
}

@ObjectType({
  description:
    '某产业链在某区域的数据覆盖 / The coverage of one chain in one region: what an answer about them rests on.',
})
export class ChainRegionCoverage {
  @Field(() => IndustryChain, { description: '产业链 / Chain.' }) chain!: IndustryChain;
  @Field(() => District, { description: '区域 / Region.' }) region!: District;
  @Field(() => AnalysisCoverage, { description: '数据覆盖 / Coverage.' })
  coverage!: AnalysisCoverage;
}
