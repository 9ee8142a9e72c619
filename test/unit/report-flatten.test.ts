import { describe, expect, it } from 'vitest';
import { cellOf, rowsAt, valuesAt } from '../../src/reports/flatten.js';
import { columnSchema } from '../../src/reports/manifest.js';

const column = (c: Record<string, unknown>) =>
  columnSchema.parse({ name: 'c', label: { zh: '列', en: 'Column' }, type: 'string', ...c });

const answer = {
  chainGaps: [
    {
      region: { name: '郑州市' },
      segments: [
        { name: '速冻食品', firms: [{ name: '三全' }, { name: '思念' }], n: 2 },
        { name: '冷链物流', firms: [], n: null },
      ],
    },
    { region: { name: '高新区' }, segments: [{ name: '速冻食品', firms: [], n: 0 }] },
  ],
};

describe('rows of an answer', () => {
  it('spreads each [] step, keeping the order and the objects each row sits in', () => {
    const rows = rowsAt(answer, 'chainGaps[].segments[]');
    expect(rows.map((r) => (r.at(-1) as { name: string }).name)).toEqual([
      '速冻食品',
      '冷链物流',
      '速冻食品',
    ]);
    expect(valuesAt(rows[2]!, '^region.name')).toEqual(['高新区']);
    expect(valuesAt(rows[0]!, '$.chainGaps[].region.name')).toEqual(['郑州市', '高新区']);
  });

  it('finds no rows where the path leads nowhere', () => {
    expect(rowsAt({ projects: null }, 'projects.edges[].node')).toEqual([]);
  });
});

describe('cells', () => {
  const [first, second] = rowsAt(answer, 'chainGaps[].segments[]');

  it('joins, counts, sums or takes the first value of a list, as the column says', () => {
    expect(cellOf(column({ path: 'firms[].name', aggregate: 'join' }), first!, 1)).toBe(
      '三全; 思念',
    );
    expect(
      cellOf(column({ path: 'firms[].name', aggregate: 'count', type: 'integer' }), first!, 1),
    ).toBe(2);
    expect(cellOf(column({ path: 'firms[].name', aggregate: 'first' }), first!, 1)).toBe('三全');
    expect(cellOf(column({ path: 'firms[].name', aggregate: 'join' }), second!, 1)).toBeNull();
  });

  it('keeps unknown as null, never 0, unless the column gives a meaning to nothing', () => {
    expect(cellOf(column({ path: 'n', type: 'integer' }), second!, 1)).toBeNull();
    expect(cellOf(column({ path: 'n', type: 'integer', ifMissing: 0 }), second!, 1)).toBe(0);
  });

  it('filters list items by a field', () => {
    const row = rowsAt(
      {
        s: [
          { status: 'SIGNED', n: 2 },
          { status: null, n: 3 },
          { status: 'SIGNED', n: 1 },
        ],
      },
      '',
    )[0]!;
    const sum = (path: string) =>
      cellOf(column({ path, type: 'integer', aggregate: 'sum', ifMissing: 0 }), row, 1);
    expect(sum('s[status=SIGNED].n')).toBe(3);
    expect(sum('s[status=null].n')).toBe(3);
    expect(sum('s[status=PLANNED].n')).toBe(0);
  });

  it('maps values, including a missing one, and builds text from a template', () => {
    const stated = column({ path: 'status', type: 'boolean', map: { '*': true, null: false } });
    expect(cellOf(stated, [{}, { status: 'SIGNED' }], 1)).toBe(true);
    expect(cellOf(stated, [{}, { status: null }], 1)).toBe(false);
    expect(cellOf(column({ template: '{a}->{b}' }), [{}, { a: 'x', b: 'y' }], 1)).toBe('x->y');
  });

  it('gives the row its place in the report with #', () => {
    expect(cellOf(column({ path: '#', type: 'integer' }), first!, 7)).toBe(7);
  });

  it('types cells: numbers stay numbers, dates are YYYY-MM-DD, text that is no number is unknown', () => {
    expect(cellOf(column({ path: 'v', type: 'number' }), [{}, { v: 12.5 }], 1)).toBe(12.5);
    expect(cellOf(column({ path: 'v', type: 'number' }), [{}, { v: 'n/a' }], 1)).toBeNull();
    expect(
      cellOf(column({ path: 'v', type: 'date' }), [{}, { v: '2024-05-06T00:00:00Z' }], 1),
    ).toBe('2024-05-06');
    expect(cellOf(column({ path: 'v', type: 'date' }), [{}, { v: '2024-05' }], 1)).toBe('2024-05');
  });
});

describe('column manifests', () => {
  it('refuse a list path without an aggregate, and a column with both path and template', () => {
    expect(() => column({ path: 'firms[].name' })).toThrow(/aggregate/);
    expect(() => column({ path: 'a', template: '{a}' })).toThrow(/exactly one/);
  });
});
