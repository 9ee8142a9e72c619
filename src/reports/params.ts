import { MAX_NAME_LENGTH } from '../graphql/args.js';
import { MAX_OFFSET } from '../graphql/pagination.js';
import type { Report } from './catalog.js';
import type { ReportParameter } from './manifest.js';

export const FORMATS = ['json', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** Rows per page of a report: 1 000 unless asked, at most 10 000. */
export const PAGE_SIZE = { fallback: 1_000, max: 10_000 } as const;
/** Values in one list parameter, as for GraphQL list arguments. */
const MAX_LIST = 100;
/** The last row a page may reach (cursors stop at 10 000 000, see graphql/pagination.ts). */
const MAX_ROW = MAX_OFFSET - 1;
/** Parameters of the route itself, not of any report. */
export const ROUTE_PARAMS = ['format', 'header', 'page', 'pageSize', 'offset', 'limit', 'api_key'];

export interface ReportRequest {
  variables: Record<string, unknown>;
  /** Rows skipped before this page, and the page's size. */
  offset: number;
  limit: number;
  /** How the page was asked for, to build the next page's link the same way. */
  paging: 'page' | 'offset';
  format: Format;
  /** Column headers: machine names, or the Chinese labels. */
  header: 'name' | 'zh';
}

/** A parameter that cannot be used; `parameter` names it (HTTP 400). */
export class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`);
    this.name = 'ParameterError';
  }
}

/**
 * Reads a report request's query string: the report's parameters (typed, defaults applied),
 * the page (`page`/`pageSize` or `offset`/`limit`), `format` and `header`. Names starting with
 * `_` are ignored (cache busters); any other unknown name is refused, so a misspelt filter is
 * not silently dropped.
 */
export function readReportRequest(report: Report, query: URLSearchParams): ReportRequest {
  const known = new Set([...ROUTE_PARAMS, ...report.parameters.map((p) => p.name)]);
  for (const key of new Set(query.keys())) {
    if (key.startsWith('_')) continue;
    if (!known.has(key))
      throw new ParameterError(
        key,
        `is not a parameter of report ${report.name}; it takes ${report.parameters.map((p) => p.name).join(', ') || 'none'}`,
      );
  }
  const variables: Record<string, unknown> = {};
  for (const p of report.parameters) {
    const given = query.getAll(p.name).filter((v) => v.trim() !== '');
    if (given.length === 0) {
      if (p.default !== undefined) variables[p.name] = p.default;
      else if (p.required)
        throw new ParameterError(p.name, `is required (${p.label.zh} / ${p.label.en})`);
      continue;
    }
    if (!p.list && given.length > 1) throw new ParameterError(p.name, 'takes one value');
    variables[p.name] = p.list
      ? given.flatMap((v) => v.split(/[,，]/)).map((v) => parseValue(p, v.trim()))
      : parseValue(p, given[0]!.trim());
    if (p.list && (variables[p.name] as unknown[]).length > MAX_LIST)
      throw new ParameterError(p.name, `takes at most ${MAX_LIST} values`);
  }

  const format = one(query, 'format') ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new ParameterError('format', `must be json, csv or xlsx, got ${format}`);
  const header = one(query, 'header') ?? 'name';
  if (header !== 'name' && header !== 'zh')
    throw new ParameterError('header', `must be name or zh, got ${header}`);

  const byPage = query.has('page') || query.has('pageSize');
  const byOffset = query.has('offset') || query.has('limit');
  if (byPage && byOffset)
    throw new ParameterError('offset', 'use page/pageSize or offset/limit, not both');
  const size =
    whole(byOffset ? 'limit' : 'pageSize', query, 1, PAGE_SIZE.max) ?? PAGE_SIZE.fallback;
  const offset = byOffset
    ? (whole('offset', query, 0, 10_000_000) ?? 0)
    : ((whole('page', query, 1, 1_000_000) ?? 1) - 1) * size;
  if (offset + size > MAX_ROW)
    throw new ParameterError(
      byOffset ? 'offset' : 'page',
      `goes past row ${MAX_ROW.toLocaleString('en')}, the last a report can page to`,
    );
  return {
    variables,
    offset,
    limit: size,
    paging: byOffset ? 'offset' : 'page',
    format: format as Format,
    header,
  };
}

function one(query: URLSearchParams, name: string): string | undefined {
  const all = query.getAll(name);
  if (all.length > 1) throw new ParameterError(name, 'takes one value');
  return all[0]?.trim() || undefined;
}

function whole(name: string, query: URLSearchParams, min: number, max: number): number | undefined {
  const text = one(query, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new ParameterError(name, `must be a whole number between ${min} and ${max}, got ${text}`);
  return Number(text);
}

function parseValue(p: ReportParameter, text: string): unknown {
  switch (p.type) {
    case 'string':
      if (text.length > MAX_NAME_LENGTH)
        throw new ParameterError(p.name, `is longer than ${MAX_NAME_LENGTH} characters`);
      return text;
    case 'integer': {
      const n = /^-?\d{1,15}$/.test(text) ? Number(text) : NaN;
      if (!Number.isSafeInteger(n))
        throw new ParameterError(p.name, `must be a whole number, got ${text}`);
      return inRange(p, n);
    }
    case 'number': {
      const n = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
      if (!Number.isFinite(n)) throw new ParameterError(p.name, `must be a number, got ${text}`);
      return inRange(p, n);
    }
    case 'boolean':
      if (/^(true|1|yes|是)$/i.test(text)) return true;
      if (/^(false|0|no|否)$/i.test(text)) return false;
      throw new ParameterError(p.name, `must be true or false, got ${text}`);
    case 'enum': {
      const value = p.values!.find((v: string) => v.toLowerCase() === text.toLowerCase());
      if (!value)
        throw new ParameterError(p.name, `must be one of ${p.values!.join(', ')}, got ${text}`);
      return value;
    }
  }
}

function inRange(p: ReportParameter, n: number): number {
  if ((p.min !== undefined && n < p.min) || (p.max !== undefined && n > p.max))
    throw new ParameterError(
      p.name,
      `must be between ${p.min ?? '-∞'} and ${p.max ?? '∞'}, got ${n}`,
    );
  return n;
}
