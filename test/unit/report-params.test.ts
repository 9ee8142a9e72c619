import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/reports/catalog.js';
import { manifestSchema } from '../../src/reports/manifest.js';
import { ParameterError, readReportRequest } from '../../src/reports/params.js';

const manifest = manifestSchema.parse({
  title: { zh: '项目', en: 'Projects' },
  description: { zh: '项目', en: 'Projects' },
  rows: 'projects.edges[].node',
  paging: { kind: 'connection', total: 'projects.totalCount' },
  order: { zh: '名称', en: 'Name' },
  parameters: [
    { name: 'region', type: 'string', required: true, label: { zh: '区域', en: 'Region' } },
    {
      name: 'status',
      type: 'enum',
      list: true,
      values: ['SIGNED', 'IN_PRODUCTION'],
      label: { zh: '状态', en: 'Status' },
    },
    { name: 'period', type: 'integer', min: 1, max: 99, label: { zh: '期次', en: 'Period' } },
    { name: 'local', type: 'boolean', default: false, label: { zh: '本地', en: 'Local' } },
  ],
  columns: [{ name: 'name', type: 'string', path: 'name', label: { zh: '名称', en: 'Name' } }],
});
const report = {
  ...manifest,
  name: 'projects',
  query: '',
  document: parse('{ __typename }'),
  documentId: '',
  requiredVariables: [],
} as Report;

const read = (query: string) => readReportRequest(report, new URLSearchParams(query));
const refused = (query: string) => {
  try {
    read(query);
  } catch (err) {
    expect(err).toBeInstanceOf(ParameterError);
    return { parameter: (err as ParameterError).parameter, message: (err as Error).message };
  }
  throw new Error(`${query} was accepted`);
};

describe('report parameters', () => {
  it('types the values, applies defaults and leaves out what was not given', () => {
    expect(read('region=高新区&status=signed,IN_PRODUCTION&period=7').variables).toEqual({
      region: '高新区',
      status: ['SIGNED', 'IN_PRODUCTION'],
      period: 7,
      local: false,
    });
    expect(read('region=郑州&status=SIGNED&status=IN_PRODUCTION').variables.status).toEqual([
      'SIGNED',
      'IN_PRODUCTION',
    ]);
    expect(read('region=郑州&status=SIGNED，IN_PRODUCTION').variables.status).toHaveLength(2);
  });

  it('names the parameter that is missing, misspelt or out of range', () => {
    expect(refused('')).toMatchObject({ parameter: 'region', message: /required/ });
    expect(refused('region=x&regoin=y')).toMatchObject({ parameter: 'regoin' });
    expect(refused('region=x&period=0')).toMatchObject({
      parameter: 'period',
      message: /between 1 and 99/,
    });
    expect(refused('region=x&period=7.5')).toMatchObject({ parameter: 'period' });
    expect(refused('region=x&status=STARTED')).toMatchObject({
      parameter: 'status',
      message: /one of SIGNED/,
    });
    expect(refused('region=x&local=maybe')).toMatchObject({ parameter: 'local' });
    expect(refused('region=x&region=y')).toMatchObject({
      parameter: 'region',
      message: /one value/,
    });
    expect(refused(`region=${'区'.repeat(201)}`)).toMatchObject({ parameter: 'region' });
  });

  it('ignores cache busters starting with _', () => {
    expect(read('region=x&_=1733300000').variables.region).toBe('x');
  });

  it('pages by page/pageSize or offset/limit: 1 000 rows by default, 10 000 at most', () => {
    expect(read('region=x')).toMatchObject({ offset: 0, limit: 1000, paging: 'page' });
    expect(read('region=x&page=3&pageSize=20')).toMatchObject({ offset: 40, limit: 20 });
    expect(read('region=x&offset=5&limit=7')).toMatchObject({
      offset: 5,
      limit: 7,
      paging: 'offset',
    });
    expect(refused('region=x&pageSize=10001')).toMatchObject({ parameter: 'pageSize' });
    expect(refused('region=x&page=0')).toMatchObject({ parameter: 'page' });
    expect(refused('region=x&page=2&offset=3')).toMatchObject({ parameter: 'offset' });
    expect(refused('region=x&page=1002&pageSize=10000')).toMatchObject({ parameter: 'page' });
    expect(refused('region=x&offset=9999999&limit=5')).toMatchObject({ parameter: 'offset' });
  });

  it('takes format json, csv or xlsx and header name or zh', () => {
    expect(read('region=x&format=xlsx&header=zh')).toMatchObject({ format: 'xlsx', header: 'zh' });
    expect(refused('region=x&format=pdf')).toMatchObject({ parameter: 'format' });
    expect(refused('region=x&header=en')).toMatchObject({ parameter: 'header' });
  });
});
