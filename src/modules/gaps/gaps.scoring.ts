import { score } from '../../core/round.js';

/**
 * The meaning of a chain gap (DOMAIN.md "What the analysis must mean"), as pure functions over the
 * facts that gaps/segment-presence and gaps/region-coverage return. The statements count every
 * local firm and project; a listed sample is for display and never decides a class. No database
 * here, so every rule is unit-tested.
 */
export type GapClass = 'UNKNOWN' | 'MISSING' | 'PIPELINE_ONLY' | 'WEAK' | 'PRESENT';
export type Status = 'planned' | 'signed' | 'under_construction' | 'in_production';
export type StatusKey = Status | 'unknown';

/** How presence counts: by scale (large firms and projects weigh more) or by head count. */
export type PresenceRule = 'SCALE' | 'COUNT';

/** Local projects of one status, as gaps/segment-presence aggregates them. */
export interface ProjectStat {
  status: StatusKey;
  n: number;
  /** Of them, large (investment or output ≥ largeProjectYi). */
  large: number;
  investmentKnown: number;
  /** Sum of the known investments (亿元); null when none is known. */
  investmentYi: number | null;
}

export interface SegmentFacts {
  segmentId: string;
  firmCount: number;
  /** Designated 链主 of the chain among the local firms. */
  leaderCount: number;
  /** Leading firms: 链主, described 龙头企业, leading tag, revenue ≥ leaderRevenueYi, or a leading group. */
  leadingCount: number;
  /** Large firms: leading, or revenue ≥ largeFirmRevenueYi. */
  largeFirmCount: number;
  revenueKnownCount: number;
  /** Firms of the segment located only at an ancestor of the region: they could be in it. */
  coarseFirmCount: number;
  projectStats: ProjectStat[];
}

export interface GapOptions {
  rule: PresenceRule;
  /** Presence below this is WEAK. */
  weakThreshold: number;
  /** Without a leading firm a present segment is WEAK (强链 target). */
  requireLeadingFirm: boolean;
  /** A firm with at least this revenue (亿元) counts as a leading firm. */
  leaderRevenueYi: number;
  /** A firm with at least this revenue (亿元) counts as large. */
  largeFirmRevenueYi: number;
  /** A project with at least this total investment or output value (亿元) counts as large. */
  largeProjectYi: number;
  /** Under SCALE, what a large firm or project adds to its count of 1. */
  largeWeight: number;
}

export const DEFAULT_GAP_OPTIONS: GapOptions = {
  rule: 'SCALE',
  weakThreshold: 2,
  requireLeadingFirm: true,
  leaderRevenueYi: 100,
  largeFirmRevenueYi: 10,
  largeProjectYi: 10,
  largeWeight: 1,
};

/** Weight of a project in presence, by status: in production > under construction > signed. */
export const STATUS_WEIGHT: Record<StatusKey, number> = {
  in_production: 1,
  under_construction: 0.5,
  signed: 0.25,
  planned: 0.1,
  unknown: 0.1,
};

/** Tags that mark a leading firm even without a 链主 designation. */
export const LEADING_TAGS = ['链主', '上市公司', '央企', '小巨人', '独角兽'];

/** Each class in words, Chinese first: what an analyst reads on a chart or in a BI table. */
export const CLASS_LABEL: Record<GapClass, string> = {
  UNKNOWN: '无数据 / no data',
  MISSING: '缺失 / missing',
  PIPELINE_ONLY: '仅有签约或在建项目 / pipeline only',
  WEAK: '薄弱 / weak',
  PRESENT: '具备 / present',
};

/** Completeness credit of each class (UNKNOWN is left out of completeness, not credited 0). */
export const CLASS_CREDIT: Record<Exclude<GapClass, 'UNKNOWN'>, number> = {
  PRESENT: 1,
  WEAK: 0.6,
  PIPELINE_ONLY: 0.3,
  MISSING: 0,
};

export interface SegmentVerdict {
  gapClass: GapClass;
  presenceScore: number;
  hasLeadingFirm: boolean;
  projectsByStatus: Record<StatusKey, number>;
  reasons: string[];
}

/** Presence of a segment: firms and status-weighted projects, large ones weighing more under SCALE. */
export function presenceOf(f: SegmentFacts, o: GapOptions): number {
  const extra = o.rule === 'SCALE' ? o.largeWeight : 0;
  const projects = f.projectStats.reduce(
    (s, p) => s + STATUS_WEIGHT[p.status] * (p.n + extra * p.large),
    0,
  );
  return score(f.firmCount + extra * f.largeFirmCount + projects);
}

/**
 * The class of one segment in one region. `regionHasChainData` is false when the graph knows no
 * firm or project of the segment's chain(s) in the region at all: then nothing can be called missing.
 */
export function classifySegment(
  facts: SegmentFacts,
  regionHasChainData: boolean,
  options: GapOptions = DEFAULT_GAP_OPTIONS,
): SegmentVerdict {
  const byStatus: Record<StatusKey, number> = {
    planned: 0,
    signed: 0,
    under_construction: 0,
    in_production: 0,
    unknown: 0,
  };
  for (const p of facts.projectStats) byStatus[p.status] += p.n;
  const projectCount = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const presenceScore = presenceOf(facts, options);
  const hasLeadingFirm = facts.leadingCount > 0;
  const reasons: string[] = [];
  const coarse = facts.coarseFirmCount;

  let gapClass: GapClass;
  if (facts.firmCount === 0 && byStatus.in_production === 0 && projectCount === 0) {
    if (!regionHasChainData) {
      gapClass = 'UNKNOWN';
      reasons.push(
        '本区域无该环节所属产业链的任何数据 / the graph knows no firm or project of this segment’s chain(s) here',
      );
    } else if (coarse > 0) {
      gapClass = 'UNKNOWN';
      reasons.push(
        `本区域未见该环节企业或项目，但有${coarse}家该环节企业只知位于上级区域，可能在本区域 / nothing known here, but ${coarse} firm(s) of the segment are located only at a coarser level and could be here`,
      );
    } else {
      gapClass = 'MISSING';
      reasons.push('本区域无该环节企业或项目 / no local enterprise or project in this segment');
    }
  } else if (facts.firmCount === 0 && byStatus.in_production === 0) {
    const pipeline = byStatus.signed + byStatus.under_construction;
    if (pipeline > 0) {
      gapClass = 'PIPELINE_ONLY';
      reasons.push(
        `无本地企业，仅有签约或在建项目${pipeline}个 / no local enterprise; only signed or under-construction projects (${pipeline})`,
      );
    } else if (byStatus.unknown > 0) {
      // A project whose status no source states may already be producing: the graph cannot tell.
      gapClass = 'UNKNOWN';
      reasons.push(
        `无本地企业，仅有状态不明的项目${byStatus.unknown}个 / no local enterprise; only projects of unknown status (${byStatus.unknown})`,
      );
    } else {
      gapClass = 'MISSING';
      reasons.push(
        `无本地企业，仅有谋划中的项目${byStatus.planned}个 / no local enterprise; only planned projects (${byStatus.planned})`,
      );
    }
  } else if (presenceScore < options.weakThreshold) {
    gapClass = 'WEAK';
    reasons.push(
      `存在度${presenceScore}低于阈值${options.weakThreshold} / presence ${presenceScore} is below the threshold ${options.weakThreshold}`,
    );
  } else if (options.requireLeadingFirm && !hasLeadingFirm) {
    gapClass = 'WEAK';
    reasons.push(
      `${facts.firmCount}家本地企业中无龙头企业（链主、龙头、上市/央企等或营收达标） / no leading firm among ${facts.firmCount} local firm(s)`,
    );
  } else {
    gapClass = 'PRESENT';
    reasons.push(
      `存在度${presenceScore}${hasLeadingFirm ? `，有龙头企业${facts.leadingCount}家` : ''} / presence ${presenceScore}${hasLeadingFirm ? `, ${facts.leadingCount} leading firm(s)` : ''}`,
    );
  }
  if (gapClass !== 'UNKNOWN' && gapClass !== 'MISSING' && coarse > 0)
    reasons.push(
      `另有${coarse}家该环节企业只知位于上级区域 / ${coarse} more firm(s) of the segment are located only at a coarser level`,
    );
  return { gapClass, presenceScore, hasLeadingFirm, projectsByStatus: byStatus, reasons };
}

export interface Completeness {
  /** Share of the classified segments with local capacity (PRESENT or WEAK); null: none classified. */
  share: number | null;
  /** Mean class credit over the classified segments; null when none is classified. */
  weighted: number | null;
  /** The same mean, each segment weighted by its importance; null when none is classified. */
  importanceWeighted: number | null;
  /** Share of the chain's segments that could be classified (not UNKNOWN). */
  segmentCoverage: number;
  counts: Record<GapClass, number>;
}

/**
 * Completeness over the segments the data can speak for: UNKNOWN segments are left out (and
 * counted), never taken for missing. Means, so chains of different lengths compare; `importance`
 * (default 1 each) weights segments, e.g. by how many supply edges they carry.
 */
export function completeness(classes: GapClass[], importance?: number[]): Completeness {
  const counts: Record<GapClass, number> = {
    UNKNOWN: 0,
    MISSING: 0,
    PIPELINE_ONLY: 0,
    WEAK: 0,
    PRESENT: 0,
  };
  for (const c of classes) counts[c] += 1;
  const known = classes.length - counts.UNKNOWN;
  let credit = 0;
  let weightedCredit = 0;
  let weightSum = 0;
  classes.forEach((c, i) => {
    if (c === 'UNKNOWN') return;
    const w = importance?.[i] ?? 1;
    credit += CLASS_CREDIT[c];
    weightedCredit += w * CLASS_CREDIT[c];
    weightSum += w;
  });
  return {
    share: known ? score((counts.PRESENT + counts.WEAK) / known) : null,
    weighted: known ? score(credit / known) : null,
    importanceWeighted: weightSum ? score(weightedCredit / weightSum) : null,
    segmentCoverage: classes.length ? score(known / classes.length) : 0,
    counts,
  };
}

/** Importance of each segment: 1 + the supply edges it carries within the map (more central, more weight). */
export function segmentImportance(ids: string[], edges: Edge[]): number[] {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  return ids.map((id) => 1 + (degree.get(id) ?? 0));
}

export interface Edge {
  from: string;
  to: string;
}

export interface ExtensionPoint {
  segmentId: string;
  viaSegmentId: string;
  /** UPSTREAM: the missing segment supplies the present one; DOWNSTREAM: it consumes its output. */
  direction: 'UPSTREAM' | 'DOWNSTREAM';
  gapClass: GapClass;
}

/**
 * 延链: segments without known local capacity (MISSING, PIPELINE_ONLY or UNKNOWN) next to a segment with local
 * capacity (PRESENT or WEAK) along a supply edge, in either direction, within or across chains.
 */
export function extensionPoints(classOf: Map<string, GapClass>, edges: Edge[]): ExtensionPoint[] {
  const hasCapacity = (id: string) => ['PRESENT', 'WEAK'].includes(classOf.get(id) ?? '');
  // A neighbour the graph knows nothing of locally (UNKNOWN, e.g. of a chain with no data here) is
  // still where the chain could extend; its class tells how sure that is.
  const lacks = (id: string) =>
    ['MISSING', 'PIPELINE_ONLY', 'UNKNOWN'].includes(classOf.get(id) ?? '');
  const out = new Map<string, ExtensionPoint>();
  for (const e of edges) {
    if (hasCapacity(e.to) && lacks(e.from)) {
      out.set(`${e.from}|${e.to}`, {
        segmentId: e.from,
        viaSegmentId: e.to,
        direction: 'UPSTREAM',
        gapClass: classOf.get(e.from)!,
      });
    }
    if (hasCapacity(e.from) && lacks(e.to)) {
      out.set(`${e.to}|${e.from}`, {
        segmentId: e.to,
        viaSegmentId: e.from,
        direction: 'DOWNSTREAM',
        gapClass: classOf.get(e.to)!,
      });
    }
  }
  return [...out.values()].sort(
    (a, b) =>
      a.segmentId.localeCompare(b.segmentId) || a.viaSegmentId.localeCompare(b.viaSegmentId),
  );
}

/** The nodes of a region's chain map, as the summary needs them. */
export interface SummaryNode {
  segment: { id: string };
  inChain: boolean;
  gapClass: GapClass;
}

/**
 * A region's summary of one chain: its own segments, the completeness over them and the extension
 * points that extend THIS chain (their local neighbour is one of the chain's segments).
 */
export function regionSummary<N extends SummaryNode>(
  nodes: N[],
  links: { source: string; target: string }[],
) {
  const own = nodes.filter((n) => n.inChain);
  const classOf = new Map<string, GapClass>(nodes.map((n) => [n.segment.id, n.gapClass]));
  const inChain = new Set(own.map((n) => n.segment.id));
  const byId = new Map(nodes.map((n) => [n.segment.id, n.segment as N['segment']]));
  const points = extensionPoints(
    classOf,
    links.map((l) => ({ from: l.source, to: l.target })),
  )
    .filter((p) => inChain.has(p.viaSegmentId))
    .map((p) => ({
      segment: byId.get(p.segmentId)!,
      via: byId.get(p.viaSegmentId)!,
      direction: p.direction,
      crossChain: !inChain.has(p.segmentId),
      gapClass: p.gapClass,
    }));
  const edges = links.map((l) => ({ from: l.source, to: l.target }));
  const c = completeness(
    own.map((n) => n.gapClass),
    segmentImportance(
      own.map((n) => n.segment.id),
      edges.filter((e) => inChain.has(e.from) && inChain.has(e.to)),
    ),
  );
  return {
    completeness: {
      share: c.share,
      weighted: c.weighted,
      importanceWeighted: c.importanceWeighted,
      segmentCoverage: c.segmentCoverage,
      unknown: c.counts.UNKNOWN,
      missing: c.counts.MISSING,
      pipelineOnly: c.counts.PIPELINE_ONLY,
      weak: c.counts.WEAK,
      present: c.counts.PRESENT,
    },
    segments: own,
    extensionPoints: points,
  };
}

/** What gaps/region-coverage returns for one region. */
export interface CoverageFacts {
  regionId: string;
  level: string;
  firms: number;
  projects: number;
  projectsWithoutSegment: number;
  /** Of those, projects outside every chain (not industrial, or an industry outside the taxonomy). */
  projectsOutsideChains: number;
  /** Of those, projects of no stated industry (carrier parks, products not stated): could be of any chain. */
  projectsUnknownIndustry: number;
  chainFirms: number;
  chainFirmsReference: number;
  chainProjects: number;
  /** Projects of this chain whose segment is not stated (counted in no segment). */
  chainProjectsUnsegmented: number;
  coarseChainFirms: number;
  coarseFirms: number;
}

export interface Coverage extends CoverageFacts {
  hasChainData: boolean;
  /** Share of the chain's local firms that are reference data (public knowledge), not article facts. */
  referenceShare: number | null;
  comparable: boolean;
  notes: string[];
}

/**
 * The tier of a region level: districts, counties, county-level cities and functional zones are
 * all one tier below the city, so they compare with each other; a city does not compare with them.
 */
const TIER: Record<string, string> = {
  country: 'country',
  province: 'province',
  city: 'city',
  district: 'county',
  county: 'county',
  county_city: 'county',
  functional_zone: 'county',
};

/** Below this many known firms and projects of the chain, a region's MISSING mostly means no data. */
export const THIN_CHAIN_FACTS = 5;

/** A region's data is mostly of one kind when at least this share of its chain firms is. */
export const BASIS_SHARE = 0.8;

const basisOf = (c: CoverageFacts): 'reference' | 'article' | 'mixed' | 'none' => {
  if (!c.chainFirms) return 'none';
  const share = c.chainFirmsReference / c.chainFirms;
  return share >= BASIS_SHARE ? 'reference' : share <= 1 - BASIS_SHARE ? 'article' : 'mixed';
};

/**
 * Coverage of each region, with what makes a comparison across the regions of one answer unsafe:
 * no data on the chain, data of different kinds (reference firms against article facts), regions of
 * different levels, or most of the chain's firms located only at a coarser level.
 */
export function coverageOf(list: CoverageFacts[]): Coverage[] {
  const bases = new Set(list.map(basisOf).filter((b) => b === 'reference' || b === 'article'));
  const levels = new Set(list.map((c) => TIER[c.level] ?? c.level));
  return list.map((c) => {
    const notes: string[] = [];
    let comparable = true;
    const hasChainData = c.chainFirms + c.chainProjects > 0;
    if (!hasChainData) {
      comparable = false;
      notes.push(
        '本区域无该产业链数据，缺口无从判断 / no data on this chain here: gaps cannot be judged',
      );
    }
    if (list.length > 1 && bases.size > 1) {
      comparable = false;
      const b = basisOf(c);
      notes.push(
        b === 'reference'
          ? '本区域该链企业主要为参考数据（知名企业），与以文章事实为主的区域不可直接比较 / this region’s chain firms are mostly reference data; not comparable with regions known from articles'
          : '各区域数据来源不同（文章事实与参考数据），比较需谨慎 / the regions’ data are of different kinds (article facts vs reference data)',
      );
    }
    if (list.length > 1 && levels.size > 1) {
      comparable = false;
      notes.push(
        '区域层级不同（如市与区） / regions of different levels (e.g. a city and a district)',
      );
    }
    const facts = c.chainFirms + c.chainProjects;
    if (hasChainData && facts < THIN_CHAIN_FACTS)
      notes.push(
        `本区域该链已知企业和项目仅${facts}个，“缺失”多半只是没有数据 / only ${facts} firm(s) and project(s) of the chain are known here: MISSING may only mean no data`,
      );
    if (c.coarseChainFirms > 0 && c.coarseChainFirms >= c.chainFirms)
      notes.push(
        `该链有${c.coarseChainFirms}家企业只知位于上级区域，可能低估本区域 / ${c.coarseChainFirms} firm(s) of the chain are located only at a coarser level: this region may be underestimated`,
      );
    if (c.chainProjectsUnsegmented > 0)
      notes.push(
        `本区域另有该链${c.chainProjectsUnsegmented}个项目环节未明，未计入任何环节 / ${c.chainProjectsUnsegmented} more project(s) of the chain here state no segment: counted in none`,
      );
    if (c.projectsUnknownIndustry > 0)
      notes.push(
        `本区域${c.projectsUnknownIndustry}个项目产业未明（载体园区或未说明产品），可能属于该链 / ${c.projectsUnknownIndustry} project(s) here state no industry (carrier parks, products not stated): some may belong to this chain`,
      );
    if (c.projectsOutsideChains > 0)
      notes.push(
        `本区域${c.projectsOutsideChains}个项目不属于任何产业链（文旅、物流或目录外产业） / ${c.projectsOutsideChains} project(s) here belong to no chain (tourism, logistics or industries outside the taxonomy)`,
      );
    return {
      ...c,
      hasChainData,
      referenceShare: c.chainFirms ? score(c.chainFirmsReference / c.chainFirms) : null,
      comparable,
      notes,
    };
  });
}
