import express, { type Router } from 'express';
import { isRole } from '../auth/roles.js';
import type { KeyStore } from '../auth/key-store.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { requireRole } from './authenticate.js';
import { sendError } from './http-errors.js';

/**
 * Key management over HTTP for admins, the same as `npm run keys`: list (never the keys or their
 * hashes), create (the key is in the answer once), revoke.
 */
export function keyRoutes(store: KeyStore): Router {
  const router = express.Router();
  router.use('/keys', requireRole('admin'));
  router.get('/keys', async (_req, res, next) => {
    try {
      res.json({ keys: await store.list() });
    } catch (err) {
      next(err);
    }
  });
  router.post('/keys', express.json({ limit: '10kb' }), async (req, res, next) => {
    const body = (req.body ?? {}) as { name?: unknown; role?: unknown; ratePerMinute?: unknown };
    const role = body.role ?? 'reader';
    if (typeof body.name !== 'string') {
      sendError(
        res,
        ErrorCode.BAD_USER_INPUT,
        'name: a name for the key is required / 需要密钥名称',
        { argument: 'name' },
      );
      return;
    }
    if (!isRole(role)) {
      sendError(
        res,
        ErrorCode.BAD_USER_INPUT,
        `role: must be reader, editor or admin, got ${String(role)}`,
        { argument: 'role' },
      );
      return;
    }
    const rate = body.ratePerMinute ?? null;
    if (rate !== null && typeof rate !== 'number') {
      sendError(res, ErrorCode.BAD_USER_INPUT, 'ratePerMinute: must be a whole number', {
        argument: 'ratePerMinute',
      });
      return;
    }
    try {
      res.status(201).json(await store.create(body.name, role, rate));
    } catch (err) {
      if (err instanceof AppError) {
        sendError(res, err.code, err.message, { argument: err.extensions.argument });
        return;
      }
      next(err);
    }
  });
  router.delete('/keys/:id', async (req, res, next) => {
    try {
      const revoked = await store.revoke(String(req.params.id));
      if (!revoked) {
        sendError(
          res,
          ErrorCode.NOT_FOUND,
          `No key has the id ${String(req.params.id).slice(0, 40)} / 没有该密钥`,
        );
        return;
      }
      res.json(revoked);
    } catch (err) {
      next(err);
    }
  });
  return router;
}
