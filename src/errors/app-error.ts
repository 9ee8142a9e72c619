import { GraphQLError } from 'graphql';

/**
 * The public error codes. Anything not listed is masked as INTERNAL_SERVER_ERROR
 * before it leaves the server (see server/format-error.ts).
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  DATABASE_CONSTRAINT: 'DATABASE_CONSTRAINT',
  DATABASE_MEMORY_LIMIT: 'DATABASE_MEMORY_LIMIT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INVALID_DATASET: 'INVALID_DATASET',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  RATE_LIMITED: 'RATE_LIMITED',
  PERSISTED_DOCUMENT_NOT_FOUND: 'PERSISTED_DOCUMENT_NOT_FOUND',
  DOCUMENT_NOT_TRUSTED: 'DOCUMENT_NOT_TRUSTED',
  /** An edit was based on a version of the record that is no longer the current one. */
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  /** An idempotency key already applied to a different edit. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** A record still referred to by others cannot be deleted. */
  RECORD_IN_USE: 'RECORD_IN_USE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const PUBLIC_CODES: ReadonlySet<string> = new Set(
  Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
);

/** A coded error that is safe to show to API users. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
    options: { cause?: unknown } = {},
  ) {
    super(message, { extensions: { ...extensions, code }, originalError: asError(options.cause) });
    this.name = 'AppError';
  }
}

export function badInput(argument: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, { argument });
}

function asError(cause: unknown): Error | undefined {
  return cause instanceof Error ? cause : undefined;
}
