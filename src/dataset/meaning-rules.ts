import { MONEY_KINDS, type FigureRec, type ProjectRec } from './records.js';

/**
 * What a record must MEAN to enter the graph, beyond its shape (records.ts) and its references
 * (validate-dataset.ts): money units and their conversion to 亿元, signs and plausible ranges,
 * calendar dates, and the identity of an id already in the graph.
 *
 * Every rule is a pure function of one record (or of one record and what the graph stores),
 * returning the issues found, so every write path (the import today, editing APIs later) applies
 * the same rules. An issue names the field inside the record; callers add file and record.
 */
export interface Issue {
  /** e.g. "valueYi", "capacity.0.unit" */
  field: string;
  message: string;
}

/**
 * Money units accepted on a figure, as the factor that converts the stated number to 亿元.
 * Chinese yuan only: a foreign-currency amount needs a dated exchange rate, which is a curation
 * decision, not a unit conversion, so 美元/欧元/港元 are refused (convert and note the rate).
 * The curated data uses 亿元 and 万亿元; the generator also writes 万元.
 */
export const MONEY_UNITS: Readonly<Record<string, number>> = {
  元: 1e-8,
  千元: 1e-5,
  万元: 1e-4,
  百万元: 1e-2,
  千万元: 1e-1,
  亿元: 1,
  千亿元: 1e3,
  万亿元: 1e4,
};

const FOREIGN_CURRENCY =
  /美元|欧元|港元|港币|日元|英镑|卢布|韩元|新台币|澳元|加元|dollar|usd|eur|\$|€|£/i;

/** Units of project_count / enterprise_count figures (all "one of": the factor is 1). */
export const COUNT_UNITS: readonly string[] = ['个', '项', '家', '条', '户', '所', '座', '批'];

/** The unit of rates: growth_rate always, `other` shares and completion ratios. */
export const PERCENT = '%';

/**
 * Upper bounds of a plausible amount in 亿元, by the kind of subject the figure is about.
 * They catch unit slips (a 万元 number stored as 亿元 is 10 000 times too large), not outliers:
 * - project 10 000 (1万亿元): the largest single projects in China (e.g. the Three Gorges dam,
 *   about 2 000亿元) are far below; the curated data tops at 61, the generator caps investment
 *   at 3 000 and output at 3× that.
 * - enterprise 60 000 (6万亿元): the largest Chinese groups report 3–4万亿元 a year (Sinopec
 *   32 122 in the reference data), the largest firm worldwide about 4.6万亿元.
 * - park 50 000: a whole national-level zone stays well below 1万亿元 of output.
 * - district, cluster, chain, event 200 000 (20万亿元): above Henan's whole GDP (about 6万亿元);
 *   the largest curated aggregate is a province-wide 三个一批 list at 14 900.
 */
export const MAX_YI_BY_SUBJECT: Readonly<Record<FigureRec['subject']['kind'], number>> = {
  project: 10_000,
  enterprise: 60_000,
  park: 50_000,
  district: 200_000,
  cluster: 200_000,
  chain: 200_000,
  event: 200_000,
};

/** Counts of projects or enterprises: Henan has about 10 million market entities in all. */
export const MAX_COUNT = 10_000_000;

/**
 * Growth rates in percent: a decrease cannot exceed 100 %; +1 000 % (elevenfold in a period)
 * is beyond any growth the articles report (27.1 % is the largest).
 */
export const MIN_GROWTH_PERCENT = -100;
export const MAX_GROWTH_PERCENT = 1_000;

/**
 * Other percentages are shares (0..100) or completion ratios of a target, which may exceed 100
 * (the curated data has 105.4 % of the annual signing target): 0..1 000.
 */
export const MAX_OTHER_PERCENT = 1_000;

/**
 * Land area of one project in 亩: 100 000亩 is about 67 km², larger than most whole industrial
 * parks (curated maximum 425; the generator can reach about 45 000).
 */
export const MAX_LAND_MU = 100_000;

/**
 * Floor area of one project in m²: 1亿 m² (curated maximum 640 000; the generator derives floor
 * area from land and can reach a few 10⁷).
 */
export const MAX_FLOOR_SQM = 100_000_000;

/** Years a record can refer to: the People's Republic onward, up to far policy horizons. */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

/**
 * How far `valueYi` may differ from stated × factor: rounding to 0.01亿元 (±0.005) where that is
 * under 0.1 % of the amount, else 0.1 %, and never less than float noise (1e-6 relative). Any
 * unit slip (a factor of 10 or more) is far outside.
 */
export function moneyTolerance(expectedYi: number): number {
  const a = Math.abs(expectedYi);
  return Math.max(1e-6 * a, Math.min(0.005, 1e-3 * a), 1e-12);
}

const isMoneyKind = (kind: string) => (MONEY_KINDS as readonly string[]).includes(kind);
const isSet = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;
const round = (n: number) => Number(n.toPrecision(12));

/** The factor of a money unit to 亿元, or undefined when the unit is not money. */
export function moneyFactor(unit: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(MONEY_UNITS, unit.trim())
    ? MONEY_UNITS[unit.trim()]
    : undefined;
}

/** An amount in 亿元 from a stated number and unit, or undefined when the unit is not money. */
export function toYi(stated: number, unit: string): number | undefined {
  const f = moneyFactor(unit);
  return f === undefined ? undefined : round(stated * f);
}

function unitIssue(unit: string, what: string): Issue {
  const foreign = FOREIGN_CURRENCY.test(unit)
    ? ' (foreign currency: convert to yuan at a stated, dated rate and say so in `note`)'
    : '';
  return {
    field: 'unit',
    message: `unit "${unit}" is not ${what}${foreign}; money units are ${Object.keys(MONEY_UNITS).join(', ')}`,
  };
}

/**
 * A figure's unit, conversion, sign and range. Money kinds (and `other` figures stated in a
 * money unit) must have a unit from MONEY_UNITS and valueYi = stated × factor, be ≥ 0 (money
 * kinds) and below the bound of their subject; counts and rates have their own units and ranges.
 */
export function checkFigure(f: FigureRec): Issue[] {
  const issues: Issue[] = [];
  const factor = moneyFactor(f.unit);
  const money = isMoneyKind(f.kind);
  if (!Number.isFinite(f.stated))
    issues.push({ field: 'stated', message: 'must be a finite number' });
  if (isSet(f.year)) issues.push(...checkYear(f.year, 'year'));

  if (money || (f.kind === 'other' && (factor !== undefined || isSet(f.valueYi)))) {
    if (factor === undefined) {
      issues.push(unitIssue(f.unit, `a money unit (${f.kind} is an amount in yuan)`));
    } else if (!isSet(f.valueYi)) {
      issues.push({
        field: 'valueYi',
        message: `an amount stated in ${f.unit} needs valueYi in 亿元 (expected ${toYi(f.stated, f.unit)})`,
      });
    } else {
      const expected = toYi(f.stated, f.unit) as number;
      if (Math.abs(f.valueYi - expected) > moneyTolerance(expected))
        issues.push({
          field: 'valueYi',
          message: `${f.stated}${f.unit} is ${expected}亿元, but valueYi is ${f.valueYi}`,
        });
    }
    if (isSet(f.value) && factor !== undefined)
      issues.push({ field: 'value', message: 'an amount of money goes in valueYi, not value' });
    if (money && (f.stated < 0 || (isSet(f.valueYi) && f.valueYi < 0)))
      issues.push({
        field: isSet(f.valueYi) && f.valueYi < 0 ? 'valueYi' : 'stated',
        message: `${f.kind} cannot be negative`,
      });
    const max = MAX_YI_BY_SUBJECT[f.subject.kind];
    const yi = isSet(f.valueYi) ? f.valueYi : factor !== undefined ? f.stated * factor : undefined;
    if (yi !== undefined && yi > max)
      issues.push({
        field: isSet(f.valueYi) ? 'valueYi' : 'stated',
        message: `${yi}亿元 is implausible for the ${f.kind} of a ${f.subject.kind} (at most ${max}亿元; check the unit)`,
      });
    return issues;
  }

  if (factor !== undefined)
    // A count or rate stated in yuan: the kind is wrong (money kinds carry valueYi).
    return [...issues, unitIssue(f.unit, `a unit of ${f.kind}`)];

  const value = isSet(f.value) ? f.value : f.stated;
  const valueField = isSet(f.value) ? 'value' : 'stated';
  if (f.kind === 'project_count' || f.kind === 'enterprise_count') {
    if (!COUNT_UNITS.includes(f.unit))
      issues.push({
        field: 'unit',
        message: `unit "${f.unit}" is not a unit of ${f.kind}; one of ${COUNT_UNITS.join(', ')}`,
      });
    if (!Number.isInteger(value) || value < 0 || value > MAX_COUNT)
      issues.push({
        field: valueField,
        message: `a count is a whole number from 0 to ${MAX_COUNT}, not ${value}`,
      });
  } else if (f.kind === 'growth_rate') {
    if (f.unit !== PERCENT)
      issues.push({ field: 'unit', message: `growth_rate is in ${PERCENT}, not "${f.unit}"` });
    if (value < MIN_GROWTH_PERCENT || value > MAX_GROWTH_PERCENT)
      issues.push({
        field: valueField,
        message: `a growth rate of ${value}% is implausible (${MIN_GROWTH_PERCENT}..${MAX_GROWTH_PERCENT})`,
      });
  } else if (f.unit === PERCENT && (value < 0 || value > MAX_OTHER_PERCENT)) {
    issues.push({
      field: valueField,
      message: `a share or ratio of ${value}% is implausible (0..${MAX_OTHER_PERCENT})`,
    });
  }
  if (
    isSet(f.value) &&
    (COUNT_UNITS.includes(f.unit) || f.unit === PERCENT) &&
    Math.abs(f.value - f.stated) > 1e-9 * Math.max(1, Math.abs(f.stated))
  )
    issues.push({
      field: 'value',
      message: `${f.stated}${f.unit} is ${f.stated}, but value is ${f.value}`,
    });
  return issues;
}

/** A year within MIN_YEAR..MAX_YEAR. */
export function checkYear(year: number, field: string): Issue[] {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR
    ? []
    : [{ field, message: `year ${year} is implausible (${MIN_YEAR}..${MAX_YEAR})` }];
}

/**
 * A date written YYYY, YYYY-MM or YYYY-MM-DD: a real calendar date, year in MIN_YEAR..MAX_YEAR,
 * and, for facts already observed (`notAfter`, e.g. today for publishedOn and statusAsOf), not
 * later than that day. A partial date compares by the part it states.
 */
export function checkDate(
  value: string | null | undefined,
  field: string,
  notAfter?: string,
): Issue[] {
  if (!isSet(value)) return [];
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return [{ field, message: `"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)` }];
  const [, y, mo, d] = m;
  const year = Number(y);
  const year_ = checkYear(year, field);
  if (year_.length) return year_;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12))
    return [{ field, message: `"${value}" has no month ${mo}` }];
  if (d !== undefined) {
    const days = new Date(Date.UTC(year, Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days)
      return [{ field, message: `"${value}" is not a calendar date` }];
  }
  if (notAfter !== undefined && value > notAfter.slice(0, value.length))
    return [{ field, message: `"${value}" lies in the future (after ${notAfter})` }];
  return [];
}

/** Today as YYYY-MM-DD (UTC), the default bound of dates that record what already happened. */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * A project's areas and capacities: areas within plausible bounds; capacities positive and not
 * money (an output value is a `figures` record of kind output_value, not a capacity).
 */
export function checkProject(p: ProjectRec, now = today()): Issue[] {
  const issues: Issue[] = [...checkDate(p.statusAsOf, 'statusAsOf', now)];
  if (isSet(p.landAreaMu) && p.landAreaMu > MAX_LAND_MU)
    issues.push({
      field: 'landAreaMu',
      message: `${p.landAreaMu}亩 is implausible for one project (at most ${MAX_LAND_MU}; 1亩 = 666.7 m²)`,
    });
  if (isSet(p.floorAreaSqm) && p.floorAreaSqm > MAX_FLOOR_SQM)
    issues.push({
      field: 'floorAreaSqm',
      message: `${p.floorAreaSqm} m² is implausible for one project (at most ${MAX_FLOOR_SQM}; 万平方米 × 10 000)`,
    });
  (p.capacity ?? []).forEach((c, j) => {
    if (!Number.isFinite(c.stated) || c.stated <= 0)
      issues.push({ field: `capacity.${j}.stated`, message: 'a capacity must be positive' });
    if (moneyFactor(c.unit) !== undefined || FOREIGN_CURRENCY.test(c.unit))
      issues.push({
        field: `capacity.${j}.unit`,
        message: `"${c.unit}" is money: an output value is a figure (kind output_value), not a capacity`,
      });
  });
  return issues;
}

/**
 * What makes a stored node the same real-world thing as an incoming record with its id: the
 * name for named kinds, the article file for a Source, and subject plus kind for a Figure.
 * `props` are the node's properties as stored (or the record's, as the import would store them).
 */
export function identityOf(label: string, props: Record<string, unknown>): string | undefined {
  const text = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
  if (label === 'Source') return text(props.file);
  if (label === 'Figure') {
    const kind = text(props.kind);
    const subject = text(props.subjectId);
    return kind && subject ? `${kind} of ${text(props.subjectKind)} "${subject}"` : undefined;
  }
  return text(props.name);
}

/** The property an identity is read from, for messages. */
export const identityField = (label: string) =>
  label === 'Source' ? 'file' : label === 'Figure' ? 'subject' : 'name';

/**
 * An id already in the graph with a different identity is a different entity under a reused
 * id: importing it would silently overwrite one thing with another. Refused unless the record
 * says it corrects the stored one (`correction: { reason }`).
 */
export function checkIdentity(
  label: string,
  id: string,
  stored: string | undefined,
  incoming: string | undefined,
  correction: { reason: string } | null | undefined,
): Issue[] {
  if (stored === undefined || incoming === undefined || stored === incoming || correction)
    return [];
  const what = identityField(label);
  return [
    {
      field: what,
      message:
        `${label} id "${id}" already exists in the graph with ${what} ${JSON.stringify(stored)}; ` +
        `this record gives ${JSON.stringify(incoming)}. A different ${what} is a different entity: ` +
        `use a new id, or add "correction": { "reason": "…" } if the stored one is wrong`,
    },
  ];
}

const CJK_GAP = /[\u3400-\u9fff\uff08\uff09（）]\s+[\u3400-\u9fff\uff08\uff09（）]/u;

/**
 * Names and aliases are what analysts type: no line breaks or tabs, no leading or trailing space,
 * no space between Chinese characters (a line wrapped in the article, copied), no alias repeated or
 * equal to the name. Names of foreign firms may keep their inner spaces ("Stilla Technologies").
 */
export function checkNames(r: { name?: string; aliases?: string[] | null }): Issue[] {
  const out: Issue[] = [];
  const check = (value: string, field: string) => {
    if (/[\r\n\t]/.test(value))
      out.push({ field, message: `contains a line break or tab: ${JSON.stringify(value)}` });
    else if (value !== value.trim())
      out.push({ field, message: `has leading or trailing space: ${JSON.stringify(value)}` });
    else if (CJK_GAP.test(value))
      out.push({
        field,
        message: `has a space between Chinese characters (a wrapped line?): ${JSON.stringify(value)}`,
      });
  };
  if (r.name !== undefined) check(r.name, 'name');
  const seen = new Set<string>();
  (r.aliases ?? []).forEach((a, i) => {
    check(a, `aliases.${i}`);
    if (a === r.name) out.push({ field: `aliases.${i}`, message: `repeats the name "${a}"` });
    else if (seen.has(a)) out.push({ field: `aliases.${i}`, message: `repeats the alias "${a}"` });
    seen.add(a);
  });
  return out;
}
