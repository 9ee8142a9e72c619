import type { Request, RequestHandler, Response } from 'express';
import { ANONYMOUS, roleAllows, type Principal, type Role } from '../auth/roles.js';
import type { KeyStore } from '../auth/key-store.js';
import { ErrorCode } from '../errors/app-error.js';
import type { Logger } from '../observability/logger.js';
import { sendError } from './http-errors.js';
import type { RateLimits, RateVerdict } from './rate-limit.js';

export interface AuthPolicy {
  store: KeyStore;
  limits: RateLimits;
  /**
   * `auto`: anonymous reads only for local requests (see `isLocalRequest`) while no key is in
   * force; `true`: always; `false`: never.
   */
  anonymous: 'auto' | 'true' | 'false';
  /** The server listens on loopback only and trusts no proxy. */
  loopback: boolean;
  log: Logger;
}

/** The query parameter that may carry a key, on the routes that accept one there. */
export const KEY_PARAM = 'api_key';

/** The principal `authenticate` found for this request. */
export const principalOf = (res: Response): Principal =>
  (res.locals.principal as Principal | undefined) ?? ANONYMOUS;

/**
 * Finds who makes the request (a key in `Authorization: Bearer`, `X-API-Key`, or `?api_key=`
 * where `keyInQuery` allows it), refuses it when the policy wants a key and none valid was sent
 * (401), and counts it against its rate (429 with Retry-After). Roles are checked per route by
 * `requireRole`.
 */
export function authenticate(
  policy: AuthPolicy,
  opts: { keyInQuery: (req: Request) => boolean },
): RequestHandler {
  return async (req, res, next) => {
    try {
      const presented = presentedKey(req, opts.keyInQuery(req));
      if (presented === 'misplaced') {
        sendError(
          res,
          'BAD_REQUEST',
          `${KEY_PARAM} in the address is accepted by /api/v1/reports only; send the key in the X-API-Key or Authorization: Bearer header / 仅报表接口接受地址中的 ${KEY_PARAM}，请改用请求头`,
          { argument: KEY_PARAM },
        );
        return;
      }
      let principal: Principal;
      if (presented !== null) {
        const found = await policy.store.principalFor(presented);
        if (!found) {
          // Guessing keys costs the guesser: failed attempts count against the address.
          const rate = await policy.limits.forAddress(req.ip ?? 'unknown');
          if (!rate.allowed) return tooMany(res, rate);
          challenge(res);
          sendError(
            res,
            ErrorCode.UNAUTHENTICATED,
            'The API key is not valid (unknown or revoked) / API 密钥无效（不存在或已吊销）',
          );
          return;
        }
        principal = found;
      } else if (await anonymousAllowed(policy, req)) {
        principal = ANONYMOUS;
      } else {
        challenge(res);
        sendError(
          res,
          ErrorCode.UNAUTHENTICATED,
          'An API key is required: send Authorization: Bearer <key> or X-API-Key: <key> / 需要 API 密钥',
        );
        return;
      }
      // Keys always count against their rate; anonymous requests count per address when the
      // server is on the network (on loopback every client is this machine's own).
      const rate =
        principal.kind === 'key'
          ? await policy.limits.forKey(principal.id, principal.ratePerMinute)
          : policy.loopback && isLocalRequest(req)
            ? null
            : await policy.limits.forAddress(req.ip ?? 'unknown');
      if (!rate) {
        res.locals.principal = principal;
        return next();
      }
      if (!rate.allowed) return tooMany(res, rate);
      rateHeaders(res, rate);
      if (principal.kind === 'key') policy.store.noteUse(principal.id);
      res.locals.principal = principal;
      next();
    } catch (err) {
      next(err);
    }
  };
}

/** Refuses with 403 a principal whose role is below `role`. */
export function requireRole(role: Role): RequestHandler {
  return (_req, res, next) => {
    const principal = principalOf(res);
    if (roleAllows(principal.role, role)) return next();
    sendError(
      res,
      ErrorCode.FORBIDDEN,
      `This needs the ${role} role; ${principal.kind === 'key' ? `key ${principal.id} has ${principal.role}` : 'anonymous requests only read'} / 权限不足，需要 ${role} 角色`,
      { requiredRole: role },
    );
  };
}

async function anonymousAllowed(policy: AuthPolicy, req: Request): Promise<boolean> {
  if (policy.anonymous !== 'auto') return policy.anonymous === 'true';
  return policy.loopback && isLocalRequest(req) && !(await policy.store.anyActive());
}

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

/**
 * A request from this machine to this machine: from a loopback address, not relayed by a proxy
 * (no Forwarded / X-Forwarded-For: a local reverse proxy serves the network), and addressed to a
 * local name, so a web page that re-points its own domain at 127.0.0.1 (DNS rebinding) is not
 * taken for a local client.
 */
export function isLocalRequest(req: Request): boolean {
  const from = req.socket.remoteAddress ?? '';
  const loopback = from === '::1' || /^(::ffff:)?127\./.test(from);
  const relayed =
    req.headers.forwarded !== undefined || req.headers['x-forwarded-for'] !== undefined;
  return loopback && !relayed && LOCAL_HOST.test(req.headers.host ?? '');
}

function rateHeaders(res: Response, rate: RateVerdict): void {
  res.setHeader('RateLimit-Limit', String(rate.limit));
  res.setHeader('RateLimit-Remaining', String(rate.remaining));
  res.setHeader('RateLimit-Reset', String(rate.resetSeconds));
}

function tooMany(res: Response, rate: RateVerdict): void {
  rateHeaders(res, rate);
  res.setHeader('Retry-After', String(rate.resetSeconds));
  sendError(
    res,
    ErrorCode.RATE_LIMITED,
    `Too many requests: at most ${rate.limit} a minute; retry in ${rate.resetSeconds} s / 请求过于频繁，请 ${rate.resetSeconds} 秒后重试`,
    { retryAfterSeconds: rate.resetSeconds },
  );
}

/** The key a request presents: null for none, 'misplaced' for one in the address where not accepted. */
function presentedKey(req: Request, keyInQuery: boolean): string | null | 'misplaced' {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && auth.trim() !== '') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return m ? m[1]! : auth.trim();
  }
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header.trim() !== '') return header.trim();
  const inQuery = new URL(req.originalUrl, 'http://x').searchParams.get(KEY_PARAM);
  if (inQuery !== null && inQuery !== '') return keyInQuery ? inQuery : 'misplaced';
  return null;
}

function challenge(res: Response): void {
  res.setHeader('WWW-Authenticate', 'Bearer realm="chainatlas"');
}
