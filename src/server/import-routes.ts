import express, { type Router } from 'express';
import type { Database } from '../db/database.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { importList, rejectsCsv } from '../lists/import-list.js';
import { readList } from '../lists/read-list.js';
import { principalOf, requireRole } from './authenticate.js';
import { sendError } from './http-errors.js';

/** Largest list accepted over HTTP (a city's registry export is a few MB). */
const MAX_LIST_BYTES = '50mb';

/**
 * `POST /api/v1/imports/enterprises` (editor role): the same as `npm run import:enterprises`. The
 * body is the file itself (CSV in UTF-8 or GBK, or XLSX); `?title=&date=&publisher=&dryRun=true`;
 * the answer is the summary as JSON, or with `format=csv` the rows held or rejected, as CSV.
 */
export function importRoutes(db: Database): Router {
  const router = express.Router();
  router.use('/imports', requireRole('editor'));
  router.post(
    '/imports/enterprises',
    express.raw({ type: () => true, limit: MAX_LIST_BYTES }),
    async (req, res, next) => {
      const q = req.query as Record<string, string | undefined>;
      const body = req.body as Buffer | undefined;
      if (!Buffer.isBuffer(body) || body.length === 0) {
        sendError(
          res,
          ErrorCode.BAD_USER_INPUT,
          'file: send the list itself as the request body (CSV or XLSX) / 请求体应为名单文件',
          { argument: 'file' },
        );
        return;
      }
      const fileName =
        q.fileName ??
        (/spreadsheetml|excel/.test(req.get('content-type') ?? '') ? 'list.xlsx' : 'list.csv');
      try {
        const summary = await importList(db, body, fileName, {
          title: q.title,
          date: q.date,
          publisher: q.publisher,
          dryRun: q.dryRun === 'true' || q.dryRun === '1',
          actor: (() => {
            const p = principalOf(res);
            return p.kind === 'key'
              ? { kind: 'key' as const, id: p.id, name: p.name }
              : { kind: 'cli' as const, id: 'anonymous', name: 'anonymous' };
          })(),
        });
        if (q.format === 'csv') {
          const { header } = await readList(body, fileName);
          res
            .type('text/csv; charset=utf-8')
            .set('Content-Disposition', 'attachment; filename="rejects.csv"')
            .send(rejectsCsv(summary, header));
          return;
        }
        res.status(summary.dryRun ? 200 : 201).json(summary);
      } catch (err) {
        if (err instanceof AppError) {
          sendError(res, err.code, err.message, {
            argument: err.extensions.argument,
            problems: err.extensions.problems,
          });
          return;
        }
        next(err);
      }
    },
  );
  return router;
}
