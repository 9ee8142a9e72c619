import { createHash } from 'node:crypto';
import { create as contentDisposition } from 'content-disposition';
import express, { type Request, type Response, type Router } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/app-error.js';
import type { Logger } from '../observability/logger.js';
import type { Report } from '../reports/catalog.js';
import { openApiDocument } from '../reports/openapi.js';
import { ParameterError, readReportRequest, type ReportRequest } from '../reports/params.js';
import { MEDIA_TYPE, renderCsv, renderJson, renderXlsx } from '../reports/render.js';
import {
  ReportExecutionError,
  runReport,
  type Execute,
  type ReportPage,
} from '../reports/run-report.js';
import { APP_VERSION } from '../core/version.js';
import { KEY_PARAM, principalOf } from './authenticate.js';
import { sendError, statusOf } from './http-errors.js';

export interface ReportRoutesDeps {
  reports: Map<string, Report>;
  /** Runs an operation for this request through the GraphQL pipeline. */
  executeFor: (req: Request, res: Response) => Execute;
  cacheSeconds: number;
  log: Logger;
}

/**
 * `/api/v1/reports` (the catalog), `/api/v1/reports/{name}` (one page of a report as JSON, CSV
 * or XLSX) and `/api/v1/openapi.json`. Authentication and roles are checked before these run.
 */
export function reportRoutes(deps: ReportRoutesDeps): Router {
  const router = express.Router();
  // Fixed for the process's life: built and tagged once.
  const fixed = (value: unknown, indent?: number) => {
    const body = Buffer.from(JSON.stringify(value, null, indent));
    return { body, etag: tagOf(body) };
  };
  const catalog = fixed({ reports: [...deps.reports.values()].map(describe) });
  const openapi = fixed(openApiDocument(deps.reports.values(), APP_VERSION), 2);

  router.get('/reports', (req, res) => sendFixed(req, res, catalog));
  router.get('/openapi.json', (req, res) => sendFixed(req, res, openapi));
  router.get('/reports/:name', async (req, res, next) => {
    const started = Date.now();
    const report = deps.reports.get(String(req.params.name));
    if (!report) {
      sendError(
        res,
        ErrorCode.NOT_FOUND,
        `No report named ${String(req.params.name).slice(0, 80)}; GET /api/v1/reports lists them / 没有该报表`,
      );
      return;
    }
    let request: ReportRequest;
    try {
      request = readReportRequest(report, new URL(req.originalUrl, 'http://x').searchParams);
    } catch (err) {
      if (!(err instanceof ParameterError)) return next(err);
      sendError(res, ErrorCode.BAD_USER_INPUT, err.message, { argument: err.parameter });
      return;
    }
    let page: ReportPage;
    try {
      page = await runReport(
        report,
        request.variables,
        request.offset,
        request.limit,
        deps.executeFor(req, res),
      );
    } catch (err) {
      if (!(err instanceof ReportExecutionError)) return next(err);
      failed(res, report, err.error);
      return;
    }
    await sendPage(req, res, report, request, page, deps.cacheSeconds);
    deps.log.info(
      {
        report: report.name,
        format: request.format,
        rows: page.rows.length,
        status: res.statusCode,
        ms: Date.now() - started,
        keyId: keyIdOf(res),
        url: redacted(req.originalUrl),
      },
      'report',
    );
  });
  router.all(['/reports', '/reports/:name', '/openapi.json'], (_req, res) => {
    res.setHeader('Allow', 'GET, HEAD, OPTIONS');
    sendError(res, 'METHOD_NOT_ALLOWED', 'Reports are read with GET / 报表只支持 GET', {}, 405);
  });
  router.use((req, res) => {
    sendError(res, ErrorCode.NOT_FOUND, `Nothing at /api/v1${req.path.slice(0, 80)} / 没有该接口`);
  });
  return router;
}

async function sendPage(
  req: Request,
  res: Response,
  report: Report,
  request: ReportRequest,
  page: ReportPage,
  cacheSeconds: number,
): Promise<void> {
  res.setHeader('X-Total-Count', String(page.total));
  if (page.hasMore) res.setHeader('Link', `<${nextPageUrl(req, request, page)}>; rel="next"`);
  // The tag covers what the answer says (the app's version, the report's manifest and operation,
  // the request, the rows), not the bytes: an XLSX file's bytes carry a timestamp.
  const etag = tagOf(JSON.stringify([APP_VERSION, versionOf(report), request, page]));
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', `private, max-age=${cacheSeconds}`);
  res.setHeader('Vary', 'Authorization, X-API-Key, Origin');
  if (fresh(req, etag)) {
    res.status(304).end();
    return;
  }
  const body =
    request.format === 'csv'
      ? renderCsv(report, request, page)
      : request.format === 'xlsx'
        ? await renderXlsx(report, request, page)
        : renderJson(report, request, page);
  res.setHeader('Content-Type', MEDIA_TYPE[request.format]);
  if (request.format !== 'json')
    res.setHeader(
      'Content-Disposition',
      contentDisposition(`${report.title.zh}.${request.format}`, {
        fallback: `${report.name}.${request.format}`,
      }),
    );
  res.status(200).end(req.method === 'HEAD' ? undefined : body);
}

/** The same request for the next page, paged the way it was asked (page/pageSize or offset/limit). */
function nextPageUrl(req: Request, request: ReportRequest, page: ReportPage): string {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.host || 'localhost'}`);
  if (request.paging === 'offset') {
    url.searchParams.set('offset', String(page.offset + page.limit));
    url.searchParams.set('limit', String(page.limit));
  } else {
    url.searchParams.set('page', String(Math.floor(page.offset / page.limit) + 2));
    url.searchParams.set('pageSize', String(page.limit));
  }
  return url.toString();
}

const versions = new WeakMap<Report, string>();
/** A report's manifest and operation as one hash, computed once. */
function versionOf(report: Report): string {
  let v = versions.get(report);
  if (!v) {
    const { document: _document, ...manifest } = report;
    v = createHash('sha256').update(JSON.stringify(manifest)).digest('base64url');
    versions.set(report, v);
  }
  return v;
}

function fresh(req: Request, etag: string): boolean {
  const given = req.headers['if-none-match'];
  if (!given) return false;
  return given
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** The catalog and the OpenAPI document: JSON fixed at start, with its tag. */
function sendFixed(req: Request, res: Response, fixed: { body: Buffer; etag: string }): void {
  res.setHeader('ETag', fixed.etag);
  res.setHeader('Cache-Control', 'private, max-age=300');
  if (fresh(req, fixed.etag)) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', MEDIA_TYPE.json);
  res.status(200).end(req.method === 'HEAD' ? undefined : fixed.body);
}

/** A strong entity tag for some content. */
const tagOf = (content: string | Buffer): string =>
  `"${createHash('sha256').update(content).digest('base64url').slice(0, 27)}"`;

/** A failed execution, with the status its code calls for and the parameter it names, if any. */
function failed(res: Response, report: Report, error: GraphQLFormattedError): void {
  const code = String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  const argument = error.extensions?.argument;
  const extensions: Record<string, unknown> = {};
  if (typeof argument === 'string') {
    const last = argument.split('.').at(-1)!;
    extensions.argument = report.parameters.some((p) => p.name === last) ? last : argument;
  }
  if (code === ErrorCode.DATABASE_UNAVAILABLE) res.setHeader('Retry-After', '5');
  sendError(res, code, error.message, extensions, statusOf(code));
}

function describe(r: Report) {
  return {
    name: r.name,
    url: `/api/v1/reports/${r.name}`,
    title: r.title,
    description: r.description,
    order: r.order,
    paging: r.paging.kind,
    formats: ['json', 'csv', 'xlsx'],
    documentId: r.documentId,
    parameters: r.parameters,
    columns: r.columns.map((c) => ({ name: c.name, label: c.label, type: c.type })),
  };
}

const keyIdOf = (res: Response): string | undefined => {
  const p = principalOf(res);
  return p.kind === 'key' ? p.id : undefined;
};

/** The address without the key it may carry (however its name was encoded), for the logs. */
export function redacted(url: string): string {
  const parsed = new URL(url, 'http://x');
  if (!parsed.searchParams.has(KEY_PARAM)) return url;
  parsed.searchParams.set(KEY_PARAM, 'REDACTED');
  return `${parsed.pathname}${parsed.search}`;
}
