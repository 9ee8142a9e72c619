import express, { type Express, type RequestHandler } from 'express';
import type { Logger } from '../observability/logger.js';
import { defaultMapBuildRoot, ensureMapBuild, type MapBuild } from './map-build.js';
import { mapContentSecurityPolicy, renderMapPage, type PageLang } from './map-page.js';

/**
 * The chain-map workbench: the page on `/` and `/map`, its bundle under `/map-assets/`. It reads
 * the public GraphQL API only, from the browser, with the key the user gives it when one is needed.
 */
export function mountMap(app: Express, log: Logger, buildRoot = defaultMapBuildRoot): void {
  let serving:
    | Promise<{ build: MapBuild; pages: Record<PageLang, string>; files: RequestHandler }>
    | undefined;
  const served = () =>
    (serving ??= ensureMapBuild(buildRoot).then(
      (build) => {
        if (build.built)
          log.info(
            { dir: build.dir, bytes: build.manifest.bytes, ms: build.ms },
            'chain-map bundle built',
          );
        return {
          build,
          pages: {
            zh: renderMapPage(build.manifest, '/map-assets', 'zh'),
            en: renderMapPage(build.manifest, '/map-assets', 'en'),
          },
          files: express.static(build.dir, { index: false, immutable: true, maxAge: '365d' }),
        };
      },
      (err: unknown) => {
        serving = undefined;
        log.error({ err }, 'building the chain-map bundle failed; the API is unaffected');
        throw err;
      },
    ));
  served().catch(() => undefined);

  app.use('/map-assets', async (req, res, next) => {
    if (req.path === '/manifest.json') return next();
    const s = await served().catch(() => undefined);
    if (!s) return next();
    s.files(req, res, next);
  });
  app.get(['/', '/map'], async (req, res) => {
    const s = await served().catch(() => undefined);
    res.set('Cache-Control', 'no-cache').type('html');
    if (!s) {
      res
        .status(503)
        .send(
          '<!doctype html><meta charset="utf-8"><p>链图页面正在构建或构建失败，请稍后刷新 / The page is being built or failed to build; reload shortly.</p>',
        );
      return;
    }
    res
      .set('Content-Security-Policy', mapContentSecurityPolicy)
      .send(s.pages[req.query.lang === 'en' ? 'en' : 'zh']);
  });
}
