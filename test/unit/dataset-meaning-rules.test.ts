import { describe, expect, it } from 'vitest';
import {
  checkDate,
  checkFigure,
  checkIdentity,
  checkProject,
  identityOf,
  MAX_YI_BY_SUBJECT,
  moneyFactor,
  toYi,
  checkNames,
} from '../../src/dataset/meaning-rules.js';
import { Figure, Project, type FigureRec, type ProjectRec } from '../../src/dataset/records.js';
import { identityProblems, validateDataset } from '../../src/dataset/validate-dataset.js';
import { KINDS, type Bundle } from '../../src/dataset/records.js';
import type { LoadedDataset } from '../../src/dataset/read-dataset.js';

const ref = { basis: 'unit test' };
/** A figure that passes every rule, with overrides. Parsed, so it is also a valid shape. */
const figure = (over: Partial<FigureRec> = {}): FigureRec =>
  Figure.parse({
    id: 'f-x',
    subject: { kind: 'project', id: 'p-x' },
    kind: 'total_investment',
    valueYi: 24,
    stated: 24,
    unit: '亿元',
    reference: ref,
    ...over,
  });
const project = (over: Partial<ProjectRec> = {}): ProjectRec =>
  Project.parse({ id: 'p-x', name: '某项目', reference: ref, ...over });
const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

function dataset(bundle: Partial<Bundle>): LoadedDataset {
  const full = Object.fromEntries(KINDS.map((k) => [k, bundle[k] ?? []])) as unknown as Bundle;
  const origin = Object.fromEntries(
    KINDS.map((k) => [k, full[k].map((_, index) => ({ file: 'b.json', index }))]),
  ) as unknown as LoadedDataset['origin'];
  return { bundle: full, origin, files: ['b.json'] };
}

describe('money units', () => {
  it('convert the stated number to 亿元', () => {
    expect(toYi(1.49, '万亿元')).toBe(14900);
    expect(toYi(5000, '万元')).toBe(0.5);
    expect(toYi(3_000_000, '元')).toBe(0.03);
    expect(toYi(24, '亿元')).toBe(24);
    expect(moneyFactor('kg')).toBeUndefined();
    expect(moneyFactor('美元')).toBeUndefined();
  });

  it('accept a figure whose valueYi is stated × factor, up to rounding', () => {
    expect(checkFigure(figure())).toEqual([]);
    expect(
      checkFigure(
        figure({
          valueYi: 14900,
          stated: 1.49,
          unit: '万亿元',
          subject: { kind: 'event', id: 'e' },
        }),
      ),
    ).toEqual([]);
    expect(checkFigure(figure({ valueYi: 0.5, stated: 5000, unit: '万元' }))).toEqual([]);
    expect(checkFigure(figure({ valueYi: 0.3501, stated: 3500, unit: '万元' }))).toEqual([]);
    expect(checkFigure(figure({ valueYi: 47.754, stated: 47.75 }))).toEqual([]);
  });

  it('refuse 5000万元 stored as valueYi 5000, naming the expected value', () => {
    const issues = checkFigure(figure({ valueYi: 5000, stated: 5000, unit: '万元' }));
    expect(issues).toEqual([
      { field: 'valueYi', message: '5000万元 is 0.5亿元, but valueYi is 5000' },
    ]);
  });

  it('refuse a rounding that is more than rounding', () => {
    expect(fields(checkFigure(figure({ valueYi: 0.12, stated: 1234, unit: '万元' })))).toEqual([
      'valueYi',
    ]);
    expect(fields(checkFigure(figure({ valueYi: 24.1, stated: 24 })))).toEqual(['valueYi']);
  });

  it('refuse a non-money unit on a money figure', () => {
    const [issue] = checkFigure(figure({ unit: 'kg' }));
    expect(issue?.field).toBe('unit');
    expect(issue?.message).toMatch(/"kg" is not a money unit.*亿元/);
  });

  it('refuse foreign currencies with a hint to convert', () => {
    const [issue] = checkFigure(figure({ unit: '亿美元', valueYi: 1, stated: 1 }));
    expect(issue?.message).toMatch(/foreign currency/);
  });

  it('want money in valueYi, also for `other` figures in yuan', () => {
    expect(
      fields(checkFigure(figure({ kind: 'other', valueYi: null, value: 7.2, stated: 7.2 }))),
    ).toEqual(['valueYi', 'value']);
    expect(checkFigure(figure({ kind: 'other', valueYi: 7.2, stated: 7.2 }))).toEqual([]);
  });

  it('refuse a count stated in yuan', () => {
    expect(
      fields(checkFigure(figure({ kind: 'project_count', valueYi: null, value: 3, unit: '亿元' }))),
    ).toEqual(['unit']);
  });
});

describe('signs and ranges', () => {
  it('refuse negative money', () => {
    const [issue] = checkFigure(figure({ valueYi: -5, stated: -5 }));
    expect(issue).toEqual({ field: 'valueYi', message: 'total_investment cannot be negative' });
    expect(fields(checkFigure(figure({ kind: 'revenue', valueYi: -1, stated: -1 })))).toEqual([
      'valueYi',
    ]);
  });

  it('bound amounts by subject: a project is smaller than a province-wide event', () => {
    const big = { valueYi: 14900, stated: 1.49, unit: '万亿元' };
    expect(fields(checkFigure(figure(big)))).toEqual(['valueYi']);
    expect(checkFigure(figure({ ...big, subject: { kind: 'event', id: 'e' } }))).toEqual([]);
    expect(
      checkFigure(
        figure({
          kind: 'revenue',
          valueYi: 32122,
          stated: 32122,
          subject: { kind: 'enterprise', id: 'x' },
        }),
      ),
    ).toEqual([]);
    expect(MAX_YI_BY_SUBJECT.project).toBeLessThan(MAX_YI_BY_SUBJECT.district);
  });

  it('check counts, growth rates and percentages', () => {
    const count = (value: number, unit = '个') =>
      fields(
        checkFigure(figure({ kind: 'project_count', valueYi: null, value, stated: value, unit })),
      );
    expect(count(751)).toEqual([]);
    expect(count(-1)).toEqual(['value']);
    expect(count(2.5)).toEqual(['value']);
    expect(count(3, 'kg')).toEqual(['unit']);
    const rate = (value: number, kind: FigureRec['kind'] = 'growth_rate', unit = '%') =>
      fields(checkFigure(figure({ kind, valueYi: null, value, stated: value, unit })));
    expect(rate(27.1)).toEqual([]);
    expect(rate(-12)).toEqual([]);
    expect(rate(-150)).toEqual(['value']);
    expect(rate(5, 'growth_rate', '个')).toEqual(['unit']);
    expect(rate(105.4, 'other')).toEqual([]);
    expect(rate(-3, 'other')).toEqual(['value']);
    expect(
      fields(
        checkFigure(
          figure({ kind: 'project_count', valueYi: null, value: 4, stated: 3, unit: '个' }),
        ),
      ),
    ).toEqual(['value']);
  });

  it('check a project: areas, capacities, status date', () => {
    const now = '2024-06-30';
    expect(checkProject(project({ landAreaMu: 300, statusAsOf: '2024-01' }), now)).toEqual([]);
    expect(fields(checkProject(project({ landAreaMu: 3_000_000 }), now))).toEqual(['landAreaMu']);
    expect(fields(checkProject(project({ floorAreaSqm: 1e9 }), now))).toEqual(['floorAreaSqm']);
    expect(fields(checkProject(project({ statusAsOf: '2025-01' }), now))).toEqual(['statusAsOf']);
    const cap = (stated: number, unit: string) =>
      fields(
        checkProject(project({ capacity: [{ what: 'x', stated, unit, reference: ref }] }), now),
      );
    expect(cap(50, '万吨/年')).toEqual([]);
    expect(cap(0, '万吨/年')).toEqual(['capacity.0.stated']);
    expect(cap(50, '亿元')).toEqual(['capacity.0.unit']);
  });
});

describe('dates', () => {
  it('accept calendar dates in range, partial ones too', () => {
    expect(checkDate('2024-01-28', 'date')).toEqual([]);
    expect(checkDate('2024-02-29', 'date')).toEqual([]);
    expect(checkDate('2023', 'date', '2023-01-01')).toEqual([]);
    expect(checkDate(null, 'date')).toEqual([]);
  });

  it('refuse impossible and implausible dates', () => {
    expect(fields(checkDate('2023-13', 'date'))).toEqual(['date']);
    expect(fields(checkDate('2023-02-29', 'date'))).toEqual(['date']);
    expect(fields(checkDate('1800-01-01', 'date'))).toEqual(['date']);
    expect(checkDate('2030-01', 'publishedOn', '2024-06-30')[0]?.message).toMatch(/future/);
  });
});

describe('identity of an existing id', () => {
  it('is the name, a source file, or a figure subject and kind', () => {
    expect(identityOf('Enterprise', { name: '甲' })).toBe('甲');
    expect(identityOf('Source', { file: 'a.txt', title: 't' })).toBe('a.txt');
    expect(
      identityOf('Figure', { kind: 'revenue', subjectKind: 'enterprise', subjectId: 'byd' }),
    ).toBe('revenue of enterprise "byd"');
  });

  it('refuses a different name naming id, stored and new name, unless a correction', () => {
    const [issue] = checkIdentity('Enterprise', 'byd', '比亚迪股份有限公司', '宁德时代', null);
    expect(issue?.field).toBe('name');
    expect(issue?.message).toMatch(/"byd".*"比亚迪股份有限公司".*"宁德时代"/);
    expect(checkIdentity('Enterprise', 'byd', '甲', '甲', null)).toEqual([]);
    expect(checkIdentity('Enterprise', 'byd', '甲', '乙', { reason: 'misspelt' })).toEqual([]);
    expect(checkIdentity('Enterprise', 'byd', undefined, '乙', null)).toEqual([]);
  });

  it('locates the refused record in its bundle file', () => {
    const ds = dataset({
      enterprises: [
        { id: 'a', name: '甲', kind: 'company', reference: ref },
        { id: 'b', name: '乙', kind: 'company', reference: ref },
        { id: 'c', name: '丙改', kind: 'company', reference: ref, correction: { reason: 'typo' } },
      ],
      figures: [figure({ subject: { kind: 'project', id: 'p-y' } })],
    });
    const stored = new Map<string, Record<string, unknown>>([
      ['Enterprise:a', { name: '甲' }],
      ['Enterprise:b', { name: '丁' }],
      ['Enterprise:c', { name: '丙' }],
      ['Figure:f-x', { kind: 'total_investment', subjectKind: 'project', subjectId: 'p-x' }],
    ]);
    const problems = identityProblems(ds, stored);
    expect(problems.map((p) => [p.record, p.field])).toEqual([
      ['enterprises[1] (b)', 'name'],
      ['figures[0] (f-x)', 'subject'],
    ]);
  });
});

describe('validateDataset applies the meaning rules', () => {
  it('names file, record and field', () => {
    const ds = dataset({
      figures: [figure(), figure({ id: 'f-y', valueYi: 5000, stated: 5000, unit: '万元' })],
      sources: [{ id: 's1', file: 's1.txt', title: 't', publishedOn: '2023-02-30' }],
    });
    const { problems } = validateDataset(ds, '2024-06-30');
    expect(problems.map((p) => [p.file, p.record, p.field])).toEqual([
      ['b.json', 'sources[0] (s1)', 'publishedOn'],
      ['b.json', 'figures[1] (f-y)', 'valueYi'],
    ]);
  });
});

describe('checkNames', () => {
  it('refuses names and aliases copied with line breaks, wrapped-line spaces or repeats', () => {
    expect(checkNames({ name: '中原科技城', aliases: ['科技城'] })).toEqual([]);
    expect(checkNames({ name: 'Stilla Technologies', aliases: ['斯迪拉'] })).toEqual([]);
    const issues = checkNames({
      name: '郑州天健湖\n大数据产业园',
      aliases: ['新一代信息 技术', ' 天健湖', '天健湖', '天健湖', '郑州天健湖\n大数据产业园'],
    });
    expect(issues.map((i) => i.field)).toEqual([
      'name',
      'aliases.0',
      'aliases.1',
      'aliases.3',
      'aliases.4',
      'aliases.4',
    ]);
    expect(issues[1]!.message).toMatch(/space between Chinese characters/);
  });
});
