import { z } from 'zod';
import { normaliseCreditCode } from '../core/credit-code.js';

/**
 * The dataset contract (data/FORMAT.md) as zod schemas: what `npm run import` accepts and
 * `npm run export` writes. Absent and null mean the same: unknown.
 */
/** A stock code as lists write it: 600000, 000001.SZ, 2318.HK, AAPL. */
export const STOCK_CODE = /^(\d{6}|\d{4,5}\.HK|[A-Z]{1,5})(\.[A-Z]{2})?$/i;

export const ID = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase ascii slugs: ^[a-z0-9][a-z0-9-]*$');
const ref = ID.nullish();
const name = z.string().trim().min(1).max(300);
const aliases = z.array(z.string().min(1).max(300)).nullish();

export const Span = z
  .object({ source: ID, start: z.number().int().min(0), end: z.number().int().min(1) })
  .strict()
  .refine((s) => s.end > s.start, { message: 'span end must be greater than start' });
export type Span = z.infer<typeof Span>;

export const Reference = z.object({ basis: z.string().min(3).max(2000) }).strict();

/** Exactly one of `evidence` (from an article) or `reference` (public knowledge). */
const provenance = { evidence: z.array(Span).min(1).nullish(), reference: Reference.nullish() };
function oneProvenance(
  v: { evidence?: unknown[] | null; reference?: unknown },
  ctx: z.RefinementCtx,
) {
  const has = [v.evidence ? 1 : 0, v.reference ? 1 : 0].reduce((a, b) => a + b, 0);
  if (has !== 1)
    ctx.addIssue({
      code: 'custom',
      message: 'needs exactly one of `evidence` (non-empty) or `reference`',
      path: ['evidence'],
    });
}

/**
 * Marks a record that deliberately changes the identity (name; file of a Source; subject or kind
 * of a Figure) of an id already in the graph, e.g. a misspelt name. Without it such a record is
 * refused (meaning-rules.ts › checkIdentity). An import instruction: not stored, not exported.
 */
export const Correction = z.object({ reason: z.string().trim().min(3).max(1000) }).strict();
const correction = { correction: Correction.nullish() };

/**
 * Where the location (district/park) of a park, enterprise or project is stated, when it is not the
 * record's own provenance: e.g. a firm named in an article whose district is public knowledge.
 */
const LocatedBy = z
  .object({ ...provenance })
  .strict()
  .superRefine(oneProvenance);

export const Stage = z.enum(['upstream', 'midstream', 'downstream']);
export const ListKind = z.enum(['signed', 'started', 'in_production']);
export const ProjectStatus = z.enum(['planned', 'signed', 'under_construction', 'in_production']);
export const MONEY_KINDS = [
  'total_investment',
  'annual_plan_investment',
  'output_value',
  'revenue',
  'contract_value',
  'cumulative_investment',
  'registered_capital',
] as const;
export const FigureKind = z.enum([
  ...MONEY_KINDS,
  'project_count',
  'enterprise_count',
  'growth_rate',
  'other',
]);
export const SubjectKind = z.enum([
  'project',
  'enterprise',
  'district',
  'park',
  'cluster',
  'event',
  'chain',
]);

export const Source = z
  .object({
    id: ID,
    file: z.string().min(1),
    title: name,
    publisher: z.string().nullish(),
    publishedOn: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .nullish(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullish(),
    /** article (default) or list: an enterprise list (registry export, 专精特新 list …). */
    kind: z.enum(['article', 'list']).nullish(),
    /**
     * The text itself, when the graph keeps it (an imported list as CSV, one row a line): spans
     * into it resolve without any file; `sha256` is then the text's hash.
     */
    text: z.string().min(1).max(20_000_000).nullish(),
    ...correction,
  })
  .strict();

export const District = z
  .object({
    id: ID,
    name,
    aliases,
    level: z.enum([
      'country',
      'province',
      'city',
      'district',
      'county_city',
      'county',
      'functional_zone',
    ]),
    parent: ref,
    ...provenance,
    ...correction,
  })
  .strict()
  .superRefine(oneProvenance);

export const Park = z
  .object({
    id: ID,
    name,
    aliases,
    kind: z.enum(['industrial_park', 'science_city', 'small_micro_park', 'base', 'zone', 'other']),
    district: ref,
    locatedBy: LocatedBy.nullish(),
    ...provenance,
    ...correction,
  })
  .strict()
  .superRefine(oneProvenance);

export const Chain = z
  .object({ id: ID, name, aliases, ...provenance, ...correction })
  .strict()
  .superRefine(oneProvenance);

export const Segment = z
  .object({
    id: ID,
    name,
    aliases,
    stage: Stage,
    chains: z.array(z.object({ chain: ID, order: z.number().int().min(1) }).strict()).min(1),
    ...provenance,
    ...correction,
  })
  .strict()
  .superRefine(oneProvenance);

export const Supply = z
  .object({ from: ID, to: ID, ...provenance })
  .strict()
  .superRefine(oneProvenance);

export const Cluster = z
  .object({
    id: ID,
    name,
    aliases,
    kind: z.enum([
      'leading_100bn',
      'strategic_emerging',
      'future',
      'hi_tech_leading',
      'hi_tech_emerging',
      'hi_tech_future',
      'district_focus',
    ]),
    region: ID,
    chains: z.array(ID).nullish(),
    ...provenance,
    ...correction,
  })
  .strict()
  .superRefine(oneProvenance);

const SegmentLink = z
  .object({ segment: ID, basis: z.string().min(2).max(1000), ...provenance })
  .strict()
  .superRefine(oneProvenance);

export const EnterpriseKind = z.enum([
  'company',
  'research_institute',
  'platform',
  'university',
  'state_owned_group',
  'other',
]);
export const Enterprise = z
  .object({
    id: ID,
    name,
    aliases,
    kind: EnterpriseKind,
    tags: z.array(z.string().min(1).max(50)).nullish(),
    /** Where the tags are stated, when not by the record's own provenance (e.g. 上市公司 from public knowledge). */
    tagsBy: LocatedBy.nullish(),
    district: ref,
    park: ref,
    locatedBy: LocatedBy.nullish(),
    parent: ref,
    hqOutside: z.boolean().nullish(),
    /** 统一社会信用代码 (GB 32100-2015, checked): the stable key of a registered enterprise. */
    creditCode: z
      .string()
      .refine((c) => normaliseCreditCode(c) === c, {
        message: 'not a valid 统一社会信用代码 (18 characters, check character GB 32100-2015)',
      })
      .nullish(),
    /** 国民经济行业分类 code (GB/T 4754-2017): a division, group or class, e.g. "1432" or "C1432". */
    industryCode: z
      .string()
      .regex(
        /^[A-T]?\d{2,4}$/,
        'a GB/T 4754-2017 code: 2 to 4 digits, optionally after its section letter',
      )
      .nullish(),
    /** 股票代码 of a listed firm (600000, 000001.SZ, 2318.HK, AAPL). */
    stockCode: z
      .string()
      .regex(STOCK_CODE, 'a stock code: 6 digits (with .SH/.SZ/.BJ), 4–5 digits .HK, or a ticker')
      .nullish(),
    /** 成立日期. */
    foundedOn: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .nullish(),
    segments: z.array(SegmentLink).nullish(),
    leaderOf: z
      .array(
        z
          .object({ chain: ID, region: ID, ...provenance })
          .strict()
          .superRefine(oneProvenance),
      )
      .nullish(),
    /** Described as a leading firm (龙头企业) of a chain in a region, without a 链主 designation. */
    leadingFirmOf: z
      .array(
        z
          .object({ chain: ID, region: ID, ...provenance })
          .strict()
          .superRefine(oneProvenance),
      )
      .nullish(),
    links: z
      .array(
        z
          .object({
            to: ID,
            kind: z.enum(['supplier_of', 'partner_of', 'invested_by']),
            ...provenance,
          })
          .strict()
          .superRefine(oneProvenance),
      )
      .nullish(),
    ...provenance,
    ...correction,
  })
  .strict()
  .superRefine(oneProvenance);

export const Project = z
  .object({
    id: ID,
    name,
    aliases,
    enterprises: z
      .array(z.object({ enterprise: ID, role: z.string().min(1).max(50).nullish() }).strict())
      .nullish(),
    district: ref,
    park: ref,
    locatedBy: LocatedBy.nullish(),
    status: ProjectStatus.nullish(),
    statusAsOf: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .nullish(),
    landAreaMu: z.number().positive().nullish(),
    floorAreaSqm: z.number().positive().nullish(),
    capacity: z
      .array(
        z
          .object({
            what: z.string().min(1),
            stated: z.number(),
            unit: z.string().min(1),
            ...provenance,
          })
          .strict()
          .superRefine(oneProvenance),
      )
      .nullish(),
    batches: z
      .array(
        z
          .object({ event: ID, list: ListKind, ...provenance })
          .strict()
          .superRefine(oneProvenance),
      )
      .nullish(),
    /**
     * A district's roster (its whole portfolio of 三个一批 projects as reported at a period, each
     * on its current list): NOT a listing in that period. `region` is the district reporting it.
     */
    rosters: z
      .array(
        z
          .object({ event: ID, list: ListKind, region: ID, ...provenance })
          .strict()
          .superRefine(oneProvenance),
      )
      .nullish(),
    segments: z.array(SegmentLink).nullish(),
    /**
     * Why the project targets no chain segment, when it targets none: not industrial (文旅, 物流,
     * 医院, 城市更新), an industry outside the taxonomy, a carrier park whose tenants are not
     * stated, or a project whose product is not stated. `chains` names the chains it belongs to when
     * that much is known but not the segment. A curation judgement with its basis.
     */
    unmapped: z
      .object({
        reason: z.enum(['non_industrial', 'outside_taxonomy', 'carrier', 'not_stated']),
        chains: z.array(ID).nullish(),
        basis: z.string().min(2).max(1000),
      })
      .strict()
      .nullish(),
    ...provenance,
    ...correction,
  })
  .strict()
  .superRefine(oneProvenance)
  .superRefine((p, ctx) => {
    if (p.unmapped && p.segments?.length)
      ctx.addIssue({
        code: 'custom',
        message: 'a project with segments is not unmapped: drop `unmapped` or the segments',
        path: ['unmapped'],
      });
  });

export const Event = z
  .object({
    id: ID,
    name,
    aliases,
    kind: z.enum(['three_batches', 'investment_fair', 'other']),
    period: z.number().int().min(1).nullish(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .nullish(),
    region: ref,
    ...provenance,
    ...correction,
  })
  .strict()
  .superRefine(oneProvenance);

export const Figure = z
  .object({
    id: ID,
    subject: z.object({ kind: SubjectKind, id: ID }).strict(),
    kind: FigureKind,
    valueYi: z.number().nullish(),
    value: z.number().nullish(),
    stated: z.number(),
    unit: z.string().min(1).max(30),
    qualifier: z.enum(['exact', 'over', 'about', 'under', 'nearly']).nullish(),
    scope: ref,
    list: ListKind.nullish(),
    year: z.number().int().min(1949).max(2100).nullish(),
    note: z.string().max(1000).nullish(),
    /** A count of a district's roster (its portfolio as of a period), not of the period's listings. */
    roster: z.boolean().nullish(),
    ...provenance,
    ...correction,
  })
  .strict()
  .superRefine(oneProvenance)
  .superRefine((f, ctx) => {
    const money = (MONEY_KINDS as readonly string[]).includes(f.kind);
    if (money && (f.valueYi === null || f.valueYi === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: `money figure (${f.kind}) needs valueYi in 亿元`,
        path: ['valueYi'],
      });
    }
    if (!money && f.valueYi !== null && f.valueYi !== undefined && f.kind !== 'other') {
      ctx.addIssue({
        code: 'custom',
        message: `${f.kind} is not money: use value, not valueYi`,
        path: ['valueYi'],
      });
    }
  });

export const Bundle = z
  .object({
    sources: z.array(Source).default([]),
    districts: z.array(District).default([]),
    parks: z.array(Park).default([]),
    chains: z.array(Chain).default([]),
    segments: z.array(Segment).default([]),
    supplies: z.array(Supply).default([]),
    clusters: z.array(Cluster).default([]),
    enterprises: z.array(Enterprise).default([]),
    projects: z.array(Project).default([]),
    events: z.array(Event).default([]),
    figures: z.array(Figure).default([]),
  })
  .strict();

export type Bundle = z.infer<typeof Bundle>;
export type Kind = keyof Bundle;
export const KINDS = Object.keys(Bundle.shape) as Kind[];
export type SourceRec = z.infer<typeof Source>;
export type DistrictRec = z.infer<typeof District>;
export type ParkRec = z.infer<typeof Park>;
export type ChainRec = z.infer<typeof Chain>;
export type SegmentRec = z.infer<typeof Segment>;
export type SupplyRec = z.infer<typeof Supply>;
export type ClusterRec = z.infer<typeof Cluster>;
export type EnterpriseRec = z.infer<typeof Enterprise>;
export type ProjectRec = z.infer<typeof Project>;
export type EventRec = z.infer<typeof Event>;
export type FigureRec = z.infer<typeof Figure>;
