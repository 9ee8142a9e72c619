import express, { type Express, type Request, type RequestHandler } from 'express';
import type { Logger } from '../observability/logger.js';
import { ideExamples, type IdeExample } from './examples.js';
import { defaultBuildRoot, ensureIdeBuild, type IdeBuild } from './ide-build.js';
import {
  ideContentSecurityPolicy,
  renderDisabledPage,
  renderIdePage,
  renderUnavailablePage,
} from './ide-page.js';

export interface MountIdeOptions {
  /** config.introspection. The IDE needs it; when off, browsers get a page saying so. */
  introspection: boolean;
  log: Logger;
  /** Where the API is mounted; browsers navigating there get the IDE. */
  endpoint?: string;
  /** Where the bundle's files are served. */
  assetsPath?: string;
  examples?: IdeExample[];
  buildRoot?: string;
}

/**
 * A browser navigating to the endpoint prefers HTML. API clients send JSON types, a wildcard or
 * no Accept header at all; all of those resolve to JSON here and go on to Apollo.
 */
export function prefersHtml(req: Request): boolean {
  const types = ['application/json', 'application/graphql-response+json', 'text/html'];
  return req.accepts(types) === 'text/html';
}

/**
 * Serves the GraphQL IDE (GraphiQL 5 + Explorer, bundled from npm, no CDN) on GET `endpoint`
 * for browsers, and its assets under `assetsPath`. Mount it before the API's middleware.
 * The bundle is built in the background at once when missing or stale (see ide-build.ts);
 * the first page request waits for it. API requests never wait for it.
 */
export function mountIde(app: Express, options: MountIdeOptions): void {
  const endpoint = options.endpoint ?? '/graphql';
  const assetsPath = options.assetsPath ?? '/ide';
  const log = options.log.child({ component: 'ide' });

  if (!options.introspection) {
    app.get(endpoint, (req, res, next) => {
      if (!prefersHtml(req)) return next();
      res.vary('Accept').set('Cache-Control', 'no-cache').type('html');
      res.send(renderDisabledPage(endpoint));
    });
    return;
  }

  interface Served {
    build: IdeBuild;
    page: string;
    files: RequestHandler;
  }
  let serving: Promise<Served> | undefined;
  const served = () =>
    (serving ??= ensureIdeBuild(options.buildRoot ?? defaultBuildRoot).then(
      (build) => {
        const { bytes } = build.manifest;
        if (build.built) log.info({ dir: build.dir, bytes, ms: build.ms }, 'IDE bundle built');
        else log.debug({ dir: build.dir, bytes }, 'IDE bundle up to date');
        return {
          build,
          page: renderIdePage({
            manifest: build.manifest,
            assetsPath,
            endpoint,
            examples: options.examples ?? ideExamples,
          }),
          // File names carry a content hash, so they never change in place.
          files: express.static(build.dir, { index: false, immutable: true, maxAge: '365d' }),
        };
      },
      (err: unknown) => {
        serving = undefined; // the next page request tries again
        log.error({ err }, 'building the IDE bundle failed; the API is unaffected');
        throw err;
      },
    ));
  served().catch(() => undefined); // start building now; failures are logged above

  app.use(assetsPath, async (req, res, next) => {
    if (req.path === '/manifest.json') return next();
    const s = await served().catch(() => undefined);
    if (!s) return next();
    s.files(req, res, next);
  });

  app.get(endpoint, async (req, res, next) => {
    if (!prefersHtml(req)) return next();
    res.vary('Accept').set('Cache-Control', 'no-cache').type('html');
    const s = await served().catch(() => undefined);
    if (!s) {
      res.status(503).send(renderUnavailablePage());
      return;
    }
    res.set('Content-Security-Policy', ideContentSecurityPolicy).send(s.page);
  });
}
