import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/reports/catalog.js';
import { manifestSchema } from '../../src/reports/manifest.js';
import { readReportRequest } from '../../src/reports/params.js';
import { defuseFormula, renderCsv } from '../../src/reports/render.js';

const report = {
  ...manifestSchema.parse({
    title: { zh: '企业', en: 'Firms' },
    description: { zh: '企业', en: 'Firms' },
    rows: 'items[]',
    paging: { kind: 'list' },
    order: { zh: '名称', en: 'Name' },
    parameters: [],
    columns: [
      { name: 'name', type: 'string', path: 'name', label: { zh: '名称', en: 'Name' } },
      { name: 'n', type: 'number', path: 'n', label: { zh: '数', en: 'N' } },
      { name: 'ok', type: 'boolean', path: 'ok', label: { zh: '是否', en: 'OK' } },
    ],
  }),
  name: 'firms',
  query: '',
  document: parse('{ __typename }'),
  documentId: '',
  requiredVariables: [],
} as Report;

const csv = (rows: (string | number | boolean | null)[][]) =>
  renderCsv(report, readReportRequest(report, new URLSearchParams()), {
    rows,
    total: rows.length,
    offset: 0,
    limit: 1000,
    hasMore: false,
  }).toString('utf8');

describe('CSV', () => {
  it('starts with a BOM, ends records with CRLF, leaves unknown cells empty', () => {
    expect(
      csv([
        ['三全', 1.5, true],
        ['思念', null, false],
      ]),
    ).toBe('\uFEFFname,n,ok\r\n三全,1.5,true\r\n思念,,false\r\n');
  });

  it('quotes cells with commas, quotes or line breaks of either kind', () => {
    expect(
      csv([
        ['a,b', 1, true],
        ['say "hi"', 2, true],
        ['x\ny', 3, true],
        ['p\r\nq', 4, true],
      ]),
    ).toBe(
      '\uFEFFname,n,ok\r\n"a,b",1,true\r\n"say ""hi""",2,true\r\n"x\ny",3,true\r\n"p\r\nq",4,true\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(defuseFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(defuseFormula('+1')).toBe("'+1");
    expect(defuseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(defuseFormula('-cmd')).toBe("'-cmd");
    expect(defuseFormula('-3.5')).toBe('-3.5');
    expect(defuseFormula('郑州=中原')).toBe('郑州=中原');
    expect(csv([['=1+1', -2, true]])).toContain("\r\n'=1+1,-2,true\r\n");
  });
});
