/**
 * The columns an enterprise list may have, by what their headers say in Chinese or English. A
 * header is compared without spaces, brackets and case; the first column that names a field wins.
 */
export type Field =
  | 'creditCode'
  | 'name'
  | 'aliases'
  | 'address'
  | 'district'
  | 'park'
  | 'industryCode'
  | 'industryName'
  | 'registeredCapital'
  | 'foundedOn'
  | 'tags'
  | 'stockCode'
  | 'revenue';

const HEADERS: Record<Field, string[]> = {
  creditCode: [
    '统一社会信用代码',
    '社会信用代码',
    '信用代码',
    'uscc',
    'creditcode',
    'unifiedsocialcreditcode',
  ],
  name: [
    '企业名称',
    '公司名称',
    '单位名称',
    '名称',
    '企业',
    'enterprisename',
    'companyname',
    'name',
    'company',
  ],
  aliases: ['简称', '企业简称', '公司简称', 'shortname', 'alias', 'aliases'],
  address: [
    '注册地址',
    '企业地址',
    '地址',
    '住所',
    '通讯地址',
    '经营地址',
    'registeredaddress',
    'address',
  ],
  district: [
    '所在区县',
    '所属区县',
    '区县',
    '所在区域',
    '所属区域',
    '区域',
    '县市区',
    'district',
    'county',
  ],
  park: ['所在园区', '所属园区', '园区', 'park'],
  industryCode: [
    '国民经济行业分类代码',
    '国民经济行业代码',
    '行业分类代码',
    '行业代码',
    'industrycode',
    'gbt4754',
    'niccode',
  ],
  industryName: ['国民经济行业分类', '所属行业', '行业名称', '行业', 'industry'],
  registeredCapital: ['注册资本', 'registeredcapital'],
  foundedOn: [
    '成立日期',
    '成立时间',
    '注册日期',
    '设立日期',
    'founded',
    'foundedon',
    'established',
    'dateofestablishment',
  ],
  tags: ['企业资质', '资质', '称号', '荣誉', '认定类型', '标签', '类型', 'tags', 'qualifications'],
  stockCode: ['股票代码', '证券代码', '上市代码', 'stockcode', 'ticker'],
  revenue: ['营业收入', '营收', '主营业务收入', '年营业收入', 'revenue', 'operatingrevenue'],
};

export const normaliseHeader = (h: string): string =>
  h
    .toLowerCase()
    .replace(/[\s()（）[\]【】:：/_\-.]/g, '')
    .replace(/(万元|亿元|千元|百万元|千万元|元)$/, '');

/**
 * Which column holds each field, and the columns that are quality tags by themselves (a column
 * headed 专精特新 with 是/√/1 in its cells). Unknown headers are reported, not guessed.
 */
export function mapColumns(header: string[]): {
  at: Partial<Record<Field, number>>;
  tagColumns: { index: number; tag: string }[];
  unknown: string[];
  /** The money unit a header states, e.g. 注册资本（万元） → 万元. */
  unitOf: Partial<Record<Field, string>>;
  /** The year a header states, e.g. 2023年营业收入（万元） → 2023. */
  yearOf: Partial<Record<Field, number>>;
} {
  const at: Partial<Record<Field, number>> = {};
  const unitOf: Partial<Record<Field, string>> = {};
  const yearOf: Partial<Record<Field, number>> = {};
  const tagColumns: { index: number; tag: string }[] = [];
  const unknown: string[] = [];
  header.forEach((raw, index) => {
    // A year in the header (2023年营业收入, 营收（2023年度）, Revenue 2023) is the year of the
    // amounts below it.
    const year = /((?:19|20)\d{2})\s*年?度?/.exec(raw);
    const h = normaliseHeader(year ? raw.replace(year[0], '') : raw);
    const tag = tagOf(raw.replace(/[\s()（）]/g, ''));
    const field = (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(h));
    if (field && at[field] === undefined) {
      at[field] = index;
      const unit = /(百万元|千万元|万元|亿元|千元|元)/.exec(raw)?.[1];
      if (unit) unitOf[field] = unit;
      if (year) yearOf[field] = Number(year[1]);
    } else if (tag && !field) tagColumns.push({ index, tag });
    else if (!field) unknown.push(raw);
  });
  return { at, tagColumns, unknown, unitOf, yearOf };
}

/** Quality tags as the dataset writes them (data/FORMAT.md), from the names lists use. */
const TAGS: [RegExp, string][] = [
  [/小巨人/, '小巨人'],
  [/专精特新/, '专精特新'],
  [/高新技术企业|^高企$|国家高新/, '高新技术企业'],
  [/规上|规模以上/, '规上企业'],
  [/上市/, '上市公司'],
  [/独角兽/, '独角兽'],
  [/瞪羚/, '瞪羚'],
  [/央企|中央企业/, '央企'],
  [/国企|国有企业/, '国企'],
  [/外资|外商投资/, '外资'],
];

/** The tag a name means, or undefined. 专精特新"小巨人" is 小巨人 (and 专精特新, added by the caller). */
export function tagOf(text: string): string | undefined {
  // 非上市, 拟上市, 未认定 … say the firm is NOT (yet) so.
  if (/^(非|拟|未|不是|否)/.test(text.trim())) return undefined;
  return TAGS.find(([re]) => re.test(text))?.[1];
}

/** Whether a cell of a tag column says yes. */
export const truthy = (cell: string): boolean =>
  /^(是|有|√|✓|✔|y|yes|true|1|已认定|认定)$/i.test(cell.trim());
