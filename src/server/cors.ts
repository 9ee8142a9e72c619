import cors from 'cors';
import type { RequestHandler } from 'express';

/** Headers a browser page may send to the API, and those it may read from the answers. */
const ALLOWED_HEADERS = [
  'Content-Type',
  'Authorization',
  'X-API-Key',
  'Apollo-Require-Preflight',
  'X-Apollo-Operation-Name',
  'X-Request-Id',
  'X-ChainAtlas-Round-Trips',
  'If-None-Match',
];
const EXPOSED_HEADERS = [
  'X-Request-Id',
  'X-Total-Count',
  'Link',
  'ETag',
  'Retry-After',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'Content-Disposition',
];

/**
 * Cross-origin access (the `cors` package) for the origins in CORS_ORIGINS only (`*`: any);
 * others get no CORS headers, so browsers keep their pages from reading answers. No cookies are
 * used, so credentials are never allowed; keys travel in headers.
 */
export function corsFor(origins: string[]): RequestHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return cors({
    origin: any ? '*' : (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
}
