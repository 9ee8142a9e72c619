import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import { httpPortInUse } from '../embedded/neo4j-process.js';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { listensOnLoopback, type Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { mountIde } from '../ide/mount-ide.js';
import { mountMap } from '../map/mount-map.js';
import type { Logger } from '../observability/logger.js';
import { buildAppSchema } from '../schema/build-schema.js';
import { newRoundTripCounter } from '../db/round-trips.js';
import { Reader } from '../graphql/reader.js';
import { createApollo } from './apollo.js';
import type { RequestContext } from '../graphql/context.js';
import { mountHealth, type Readiness } from './health.js';
import { KeyStore } from '../auth/key-store.js';
import { ANONYMOUS } from '../auth/roles.js';
import { loadReports } from '../reports/catalog.js';
import type { Execute } from '../reports/run-report.js';
import { authenticate, principalOf, requireRole, type AuthPolicy } from './authenticate.js';
import { corsFor } from './cors.js';
import { keyRoutes } from './key-routes.js';
import { importRoutes } from './import-routes.js';
import { RateLimits } from './rate-limit.js';
import { reportRoutes } from './report-routes.js';
import { committedDocuments, persistedDocuments } from './trusted-documents.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { sendError } from './http-errors.js';

export interface HttpServerHandle {
  url: string;
  port: number;
  readiness: Readiness;
  /**
   * Runs an operation inside the server, as an anonymous reader with the request deadline and no
   * HTTP request (the start-up warm-up); errors come back in the result, as over HTTP.
   */
  execute: Execute;
  /** Stops accepting requests, drains in-flight ones, then resolves. */
  close(): Promise<void>;
}

export interface ServerDeps {
  config: Config;
  db: Database;
  log: Logger;
  embedded: boolean;
  /** Details of the database's state for /readyz (supervisor, fail-fast reason). */
  databaseStatus?: () => Record<string, unknown>;
}

/** Slow clients: the headers within 10 s, the whole request within 30 s, idle sockets 5 s. */
const HTTP_TIMEOUTS = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 } as const;
/**
 * Why a request's signal fires once its response is done: a shared reason, so finishing a
 * request does not build an AbortError (a DOMException with its stack) every time.
 */
const RESPONSE_CLOSED = Object.freeze({ name: 'AbortError', message: 'response closed' });
/** A client's x-request-id is echoed only when it looks like an id. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export async function startHttpServer(deps: ServerDeps): Promise<HttpServerHandle> {
  const { config, db, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // GraphQL answers are POSTs or per-request GETs; hashing every body for an ETag is wasted work.
  app.set('etag', false);
  const httpServer = http.createServer(
    {
      headersTimeout: HTTP_TIMEOUTS.headersMs,
      requestTimeout: HTTP_TIMEOUTS.requestMs,
      // How often Node checks those timeouts (30 s by default, which would triple them).
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
  httpServer.keepAliveTimeout = HTTP_TIMEOUTS.keepAliveMs;
  const readiness: Readiness = { migrated: false, shuttingDown: false };

  mountHealth(app, db, readiness, deps.databaseStatus);

  const schema = await buildAppSchema();
  const apollo = createApollo({
    schema,
    httpServer,
    log,
    introspection: config.introspection,
    maxQueryCost: config.maxQueryCost,
  });
  await apollo.start();

  const contextFor = (req: Request, res: Response): RequestContext => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    // Aborted at the deadline, and when the response is done or the client went away: work
    // still running then (a sibling of a part that failed) is stopped, in the database too.
    const finished = new AbortController();
    res.once('close', () => finished.abort(RESPONSE_CLOSED));
    const signal = AbortSignal.any([AbortSignal.timeout(config.requestTimeoutMs), finished.signal]);
    // Tagged with an id of our own: a client-chosen id must not reach other requests' work.
    db.bindRequest(signal, randomUUID());
    // Every database statement of this request is counted by its reader.
    const roundTrips = newRoundTripCounter();
    return {
      reader: new Reader(db, signal, roundTrips),
      db,
      log: log.child({ requestId }),
      requestId,
      embedded: deps.embedded,
      roundTrips,
      reportRoundTrips: req.headers['x-chainatlas-round-trips'] === '1',
      principal: principalOf(res),
    };
  };

  const keys = new KeyStore(db, config.auth.cacheMs);
  const policy: AuthPolicy = {
    store: keys,
    limits: new RateLimits(config.auth.ratePerMinute, config.auth.anonymousRatePerMinute),
    anonymous: config.auth.anonymous,
    // Behind a proxy the clients are elsewhere, whatever the address the server listens on.
    loopback: listensOnLoopback(config.host) && config.trustProxy === false,
    log,
  };
  const reports = loadReports(schema);
  const documents = [
    ...[...reports.values()].map((r) => ({
      id: r.documentId,
      name: `reports/${r.name}`,
      body: r.query,
    })),
    ...committedDocuments(),
  ];

  // Preflights are answered before authentication: browsers send them without credentials.
  app.use(['/graphql', '/api/v1'], corsFor(config.corsOrigins));
  mountIde(app, { introspection: config.introspection, log });
  mountMap(app, log);
  app.use(
    '/graphql',
    authenticate(policy, { keyInQuery: () => false }),
    requireRole('reader'),
    express.json({ limit: '1mb' }),
    persistedDocuments(documents, config.trustedDocuments),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req, res) }),
  );
  app.use(
    '/api/v1',
    authenticate(policy, { keyInQuery: (req) => req.path.startsWith('/reports/') }),
    requireRole('reader'),
    keyRoutes(keys),
    importRoutes(db),
    reportRoutes({
      reports,
      cacheSeconds: config.reportCacheSeconds,
      log,
      executeFor: (req, res) => {
        // One context for every chunk of the page: one deadline, one count of round trips.
        const contextValue = contextFor(req, res);
        return async (query, variables) => {
          const response = await apollo.executeOperation({ query, variables }, { contextValue });
          if (response.body.kind !== 'single') throw new Error('a report operation streamed');
          return response.body.singleResult as Awaited<ReturnType<Execute>>;
        };
      },
    }),
  );

  app.use(jsonErrors(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? httpPortInUse(config.port, config.host) : err),
    );
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const shownHost =
    config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    readiness,
    execute: async (query, variables) => {
      const signal = AbortSignal.timeout(config.requestTimeoutMs);
      db.bindRequest(signal, randomUUID());
      const roundTrips = newRoundTripCounter();
      const requestId = `internal-${randomUUID()}`;
      const contextValue: RequestContext = {
        reader: new Reader(db, signal, roundTrips),
        db,
        log: log.child({ requestId }),
        requestId,
        embedded: deps.embedded,
        roundTrips,
        reportRoundTrips: false,
        principal: ANONYMOUS,
      };
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('an internal operation streamed');
      return response.body.singleResult as Awaited<ReturnType<Execute>>;
    },
    close: () =>
      (closing ??= (async () => {
        readiness.shuttingDown = true;
        await apollo.stop(); // the drain plugin closes the HTTP server and waits for requests
      })()),
  };
}

/**
 * Errors raised before GraphQL runs (a malformed or oversized body, a slow client) answered as
 * JSON with a code, never as Express's HTML page with its stack and file paths.
 */
function jsonErrors(log: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    if (err instanceof AppError) {
      // A coded failure outside GraphQL (the database down while a key is checked): its status.
      if (err.code === ErrorCode.DATABASE_UNAVAILABLE) res.setHeader('Retry-After', '5');
      sendError(res, err.code, err.message);
      return;
    }
    const e = (err ?? {}) as { status?: number; statusCode?: number; type?: string };
    const status = Number(e.status ?? e.statusCode ?? 500);
    const known: Record<string, [string, string]> = {
      'entity.parse.failed': [
        'BAD_REQUEST',
        'The request body is not valid JSON / 请求体不是合法的 JSON',
      ],
      'entity.too.large': ['PAYLOAD_TOO_LARGE', 'The request body is over 1 MB / 请求体超过 1 MB'],
      'encoding.unsupported': [
        'BAD_REQUEST',
        'Unsupported body encoding; send UTF-8 / 不支持的编码',
      ],
      'charset.unsupported': ['BAD_REQUEST', 'Unsupported charset; send UTF-8 / 不支持的字符集'],
      'request.aborted': ['BAD_REQUEST', 'The request was aborted by the client'],
    };
    const [code, message] =
      known[e.type ?? ''] ??
      (status < 500
        ? ['BAD_REQUEST', 'The request could not be read / 无法读取请求']
        : ['INTERNAL_SERVER_ERROR', 'Internal server error / 服务器内部错误']);
    if (status >= 500) log.error({ err }, 'unexpected error before GraphQL');
    if (res.headersSent) return;
    res.status(status >= 400 && status < 600 ? status : 500).json({
      errors: [{ message, extensions: { code } }],
    });
  };
}
