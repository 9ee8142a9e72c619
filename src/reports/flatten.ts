import type { ReportColumn } from './manifest.js';

/** One cell of a flat table: numbers stay numbers, unknown is null (an empty cell). */
export type Cell = string | number | boolean | null;

/** A row and the objects it sits in, from the answer's root down to the row itself. */
export type ScopedRow = readonly unknown[];

/**
 * The rows at `path` in an answer (`projects.edges[].node`, `chainGaps[].segments[]`): each
 * `[]` step spreads a list, so rows of nested lists come out one after another in order.
 */
export function rowsAt(data: unknown, path: string): ScopedRow[] {
  let scopes: ScopedRow[] = [[data]];
  for (const step of path.split('.')) {
    const spread = step.endsWith('[]');
    const field = spread ? step.slice(0, -2) : step;
    const next: ScopedRow[] = [];
    for (const scope of scopes) {
      const value = field === '' ? scope.at(-1) : fieldOf(scope.at(-1), field);
      if (spread) {
        if (Array.isArray(value)) for (const item of value) next.push([...scope, item]);
      } else if (value !== null && value !== undefined) next.push([...scope, value]);
    }
    scopes = next;
  }
  return scopes;
}

/** The values at a column path from a row (`a.b`, `list[].name`, `^a` one level up, `$.a` from the root). */
export function valuesAt(row: ScopedRow, path: string): unknown[] {
  let start: unknown;
  let rest = path;
  if (rest.startsWith('$.')) {
    start = row[0];
    rest = rest.slice(2);
  } else {
    let up = 0;
    while (rest.startsWith('^')) {
      up += 1;
      rest = rest.slice(1);
    }
    start = row[row.length - 1 - up];
  }
  let values: unknown[] = [start];
  for (const step of rest.split('.')) {
    // `list[]` spreads a list; `list[status=SIGNED]` spreads only the items with that value.
    const m = /^([^[]*)\[(?:([A-Za-z0-9_]+)=([^\]]*))?\]$/.exec(step);
    const field = m ? m[1]! : step;
    values = values.flatMap((v) => {
      const got = field === '' ? v : fieldOf(v, field);
      if (!m) return got === undefined ? [] : [got];
      if (!Array.isArray(got)) return [];
      return m[2] === undefined ? got : got.filter((item) => String(fieldOf(item, m[2]!)) === m[3]);
    });
  }
  return values.filter((v) => v !== null && v !== undefined);
}

/** A row's cell for one column, typed as the column says; `#` is the row's place in the report, from 1. */
export function cellOf(column: ReportColumn, row: ScopedRow, position: number): Cell {
  if (column.path === '#') return position;
  if (column.template !== undefined) {
    const text = column.template.replace(/\{([^}]+)\}/g, (_, p: string) =>
      valuesAt(row, p).map(String).join(column.join),
    );
    return typed(column, mapped(column, text));
  }
  const values = valuesAt(row, column.path!);
  if (values.length === 0 && column.ifMissing !== undefined) return column.ifMissing;
  switch (column.aggregate) {
    case undefined:
      return typed(column, mapped(column, values[0]));
    case 'count':
      return values.length;
    case 'first':
      return typed(column, mapped(column, values[0]));
    case 'sum': {
      const numbers = values.map((v) => typed(column, mapped(column, v))).filter((c) => c !== null);
      return numbers.length === 0 ? null : numbers.reduce<number>((a, c) => a + Number(c), 0);
    }
    case 'join': {
      const cells = values.map((v) => typed(column, mapped(column, v))).filter((c) => c !== null);
      return cells.length === 0 ? null : [...new Set(cells.map(String))].join(column.join);
    }
  }
}

function mapped(column: ReportColumn, value: unknown): unknown {
  if (!column.map) return value;
  if (value === undefined || value === null) return 'null' in column.map ? column.map.null : null;
  const key = String(value);
  if (key in column.map) return column.map[key];
  return '*' in column.map ? column.map['*'] : value;
}

/** Typed per the column; a value that does not fit the type is unknown (null), never a guess. */
function typed(column: ReportColumn, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'integer':
    case 'number': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : NaN;
      if (!Number.isFinite(n)) return null;
      return column.type === 'integer' ? Math.round(n) : n;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date': {
      // A full date as YYYY-MM-DD; a date known only to the month or year stays as stated.
      const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(String(value));
      return m ? m[1]! : null;
    }
    case 'string':
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

function fieldOf(value: unknown, field: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[field]
    : undefined;
}
