import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { mountIde } from '../ide/mount-ide.js';
import type { Logger } from '../observability/logger.js';
import { buildAppSchema } from '../schema/build-schema.js';
import {
  newRoundTripCounter,
  withRoundTripCounter,
  type RoundTripCounter,
} from '../db/round-trips.js';
import { Loaders } from '../graphql/loaders.js';
import { createApollo } from './apollo.js';
import type { RequestContext } from './context.js';
import { mountHealth, type Readiness } from './health.js';

export interface HttpServerHandle {
  url: string;
  port: number;
  readiness: Readiness;
  /** Stops accepting requests, drains in-flight ones, then resolves. */
  close(): Promise<void>;
}

export interface ServerDeps {
  config: Config;
  db: Database;
  log: Logger;
  embedded: boolean;
}

export async function startHttpServer(deps: ServerDeps): Promise<HttpServerHandle> {
  const { config, db, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const readiness: Readiness = { migrated: false, shuttingDown: false };

  mountHealth(app, db, readiness);

  const apollo = createApollo({
    schema: await buildAppSchema(),
    httpServer,
    log,
    introspection: config.introspection,
  });
  await apollo.start();

  mountIde(app, { introspection: config.introspection, log });
  app.use(
    '/graphql',
    // Every database statement of this request is counted (see db/round-trips.ts).
    (_req, res, next) =>
      withRoundTripCounter((res.locals.roundTrips = newRoundTripCounter()), next),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const requestId = String(req.headers['x-request-id'] ?? randomUUID());
        res.setHeader('x-request-id', requestId);
        const signal = AbortSignal.timeout(config.requestTimeoutMs);
        return {
          db,
          log: log.child({ requestId }),
          requestId,
          signal,
          embedded: deps.embedded,
          loaders: new Loaders(db, signal),
          roundTrips: res.locals.roundTrips as RoundTripCounter,
          reportRoundTrips: req.headers['x-chainatlas-round-trips'] === '1',
        };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
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
    close: () =>
      (closing ??= (async () => {
        readiness.shuttingDown = true;
        await apollo.stop(); // the drain plugin closes the HTTP server and waits for requests
      })()),
  };
}
