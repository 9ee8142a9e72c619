import type { Report } from './catalog.js';
import type { ReportParameter } from './manifest.js';
import { PAGE_SIZE } from './params.js';
import type { ReportColumn } from './manifest.js';

/**
 * An OpenAPI 3.1 description of the report routes, generated from the catalog: one path per
 * report with its parameters, row schema, formats, paging headers and error statuses.
 */
export function openApiDocument(
  reports: Iterable<Report>,
  version: string,
): Record<string, unknown> {
  const paths: Record<string, unknown> = {
    '/api/v1/reports': {
      get: {
        operationId: 'listReports',
        summary: '报表目录 / The report catalog',
        responses: {
          '200': {
            description: '报表及其参数与列 / Reports with their parameters and columns',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Catalog' } } },
          },
          ...errors(['401', '403', '429']),
        },
      },
    },
  };
  for (const r of reports) {
    paths[`/api/v1/reports/${r.name}`] = {
      get: {
        operationId: camel(r.name),
        summary: `${r.title.zh} / ${r.title.en}`,
        description: `${r.description.zh}\n\n${r.description.en}\n\n排序 Order: ${r.order.zh} / ${r.order.en}`,
        parameters: [
          ...r.parameters.map(parameter),
          { $ref: '#/components/parameters/format' },
          { $ref: '#/components/parameters/header' },
          { $ref: '#/components/parameters/page' },
          { $ref: '#/components/parameters/pageSize' },
          { $ref: '#/components/parameters/offset' },
          { $ref: '#/components/parameters/limit' },
        ],
        responses: {
          '200': {
            description: '一页数据 / One page of rows',
            headers: {
              'X-Total-Count': { $ref: '#/components/headers/X-Total-Count' },
              Link: { $ref: '#/components/headers/Link' },
              ETag: { $ref: '#/components/headers/ETag' },
            },
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    { $ref: '#/components/schemas/Page' },
                    {
                      type: 'object',
                      properties: {
                        data: { type: 'array', items: rowSchema(r.columns) },
                      },
                    },
                  ],
                },
              },
              'text/csv': { schema: { type: 'string' } },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: { type: 'string', contentEncoding: 'binary' },
              },
            },
          },
          '304': { description: '未变化（If-None-Match）/ Not modified' },
          ...errors(['400', '401', '403', '404', '429', '503', '504']),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'ChainAtlas 链图 — reports for BI tools',
      version,
      description:
        '命名报表：扁平的 JSON（$.data[*]）、CSV（UTF-8 BOM）和 Excel，分页并可缓存。\n\nNamed reports as flat JSON rows at $.data[*], CSV (UTF-8 with BOM) and Excel, paged and cacheable. Send an API key as Authorization: Bearer, X-API-Key, or ?api_key=.',
    },
    security: [{ bearer: [] }, { apiKeyHeader: [] }, { apiKeyQuery: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        apiKeyQuery: { type: 'apiKey', in: 'query', name: 'api_key' },
      },
      parameters: {
        format: query('format', '格式 / Format', {
          type: 'string',
          enum: ['json', 'csv', 'xlsx'],
          default: 'json',
        }),
        header: query(
          'header',
          '表头：字段名或中文标签 / Column headers: machine names or Chinese labels',
          {
            type: 'string',
            enum: ['name', 'zh'],
            default: 'name',
          },
        ),
        page: query('page', '页码（从 1 起）/ Page number, from 1', {
          type: 'integer',
          minimum: 1,
          default: 1,
        }),
        pageSize: query('pageSize', `每页行数 / Rows per page (at most ${PAGE_SIZE.max})`, {
          type: 'integer',
          minimum: 1,
          maximum: PAGE_SIZE.max,
          default: PAGE_SIZE.fallback,
        }),
        offset: query('offset', '跳过的行数（与 page 二选一）/ Rows to skip (instead of page)', {
          type: 'integer',
          minimum: 0,
        }),
        limit: query('limit', '行数（与 pageSize 二选一）/ Rows (instead of pageSize)', {
          type: 'integer',
          minimum: 1,
          maximum: PAGE_SIZE.max,
        }),
      },
      headers: {
        'X-Total-Count': { description: '总行数 / Rows in all pages', schema: { type: 'integer' } },
        Link: {
          description: '下一页 / rel="next" when more rows follow',
          schema: { type: 'string' },
        },
        ETag: {
          description: '内容标签 / Entity tag for If-None-Match',
          schema: { type: 'string' },
        },
      },
      schemas: {
        Page: {
          type: 'object',
          required: ['report', 'data', 'page', 'pageSize', 'offset', 'total', 'hasMore', 'columns'],
          properties: {
            report: { type: 'string' },
            title: { $ref: '#/components/schemas/Bilingual' },
            data: { type: 'array', items: { type: 'object' } },
            page: { type: 'integer' },
            pageSize: { type: 'integer' },
            offset: { type: 'integer' },
            total: { type: 'integer' },
            hasMore: { type: 'boolean' },
            columns: { type: 'array', items: { type: 'object' } },
          },
        },
        Bilingual: {
          type: 'object',
          properties: { zh: { type: 'string' }, en: { type: 'string' } },
        },
        Catalog: {
          type: 'object',
          properties: { reports: { type: 'array', items: { type: 'object' } } },
        },
        Error: {
          type: 'object',
          required: ['errors'],
          properties: {
            errors: {
              type: 'array',
              items: {
                type: 'object',
                required: ['message', 'extensions'],
                properties: {
                  message: { type: 'string' },
                  extensions: {
                    type: 'object',
                    required: ['code'],
                    properties: { code: { type: 'string' }, argument: { type: 'string' } },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}

const ERROR_TEXT: Record<string, string> = {
  '400': '参数错误（extensions.argument 指出哪个）/ A bad parameter, named in extensions.argument',
  '401': '缺少或无效的 API 密钥 / No valid API key',
  '403': '角色不足 / The key’s role does not allow it',
  '404': '没有该报表 / No such report',
  '429': '请求过多（见 Retry-After）/ Too many requests; see Retry-After',
  '503': '数据库不可用，请稍后重试 / The database is unavailable; retry shortly',
  '504': '查询超时 / The query ran past its time',
};

function errors(codes: string[]): Record<string, unknown> {
  return Object.fromEntries(
    codes.map((c) => [
      c,
      {
        description: ERROR_TEXT[c],
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  );
}

function parameter(p: ReportParameter): Record<string, unknown> {
  const base: Record<string, unknown> =
    p.type === 'enum' ? { type: 'string', enum: p.values } : { type: p.type };
  if (p.min !== undefined) base.minimum = p.min;
  if (p.max !== undefined) base.maximum = p.max;
  const schema = p.list ? { type: 'array', items: base } : base;
  if (p.default !== undefined) (schema as Record<string, unknown>).default = p.default;
  return {
    name: p.name,
    in: 'query',
    required: p.required,
    description: `${p.label.zh} / ${p.label.en}${p.list ? '（多个值以逗号分隔 / comma-separated）' : ''}`,
    schema,
    ...(p.list ? { style: 'form', explode: false } : {}),
    ...(p.example !== undefined ? { example: p.example } : {}),
  };
}

function rowSchema(columns: ReportColumn[]): Record<string, unknown> {
  const types: Record<string, Record<string, unknown>> = {
    string: { type: ['string', 'null'] },
    integer: { type: ['integer', 'null'] },
    number: { type: ['number', 'null'] },
    boolean: { type: ['boolean', 'null'] },
    date: {
      type: ['string', 'null'],
      description: 'YYYY-MM-DD (YYYY-MM when only the month is known)',
    },
  };
  return {
    type: 'object',
    properties: Object.fromEntries(
      columns.map((c) => [c.name, { ...types[c.type], title: `${c.label.zh} / ${c.label.en}` }]),
    ),
  };
}

const query = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const camel = (name: string): string =>
  name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
