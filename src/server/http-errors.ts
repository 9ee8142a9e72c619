import type { Response } from 'express';
import { ErrorCode } from '../errors/app-error.js';

/**
 * The HTTP status of each public error code, for answers whose status must say what happened
 * (reports, and requests refused before GraphQL runs): BI tools import an error body as data
 * unless the status says it failed.
 */
export const HTTP_STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.INVALID_DATASET]: 400,
  BAD_REQUEST: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  [ErrorCode.PERSISTED_DOCUMENT_NOT_FOUND]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.DOCUMENT_NOT_TRUSTED]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  NOT_ACCEPTABLE: 406,
  [ErrorCode.VERSION_CONFLICT]: 409,
  [ErrorCode.IDEMPOTENCY_KEY_REUSED]: 409,
  [ErrorCode.RECORD_IN_USE]: 409,
  [ErrorCode.DATABASE_MEMORY_LIMIT]: 422,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.DATABASE_TIMEOUT]: 504,
};

export const statusOf = (code: string): number => HTTP_STATUS[code] ?? 500;

/** Writes an error in the API's one error shape: `{"errors":[{message, extensions:{code,…}}]}`. */
export function sendError(
  res: Response,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
  status = statusOf(code),
): void {
  if (res.headersSent) return;
  res.status(status).json({ errors: [{ message, extensions: { ...extensions, code } }] });
}
