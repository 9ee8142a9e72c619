import { Neo4jError } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors/app-error.js';

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Maps a driver failure to a coded error that names the query; unknown failures pass through. */
export function mapDriverError(err: unknown, queryKey: string): unknown {
  if (!(err instanceof Neo4jError)) return err;
  const code = err.code ?? '';
  if (UNAVAILABLE.has(code) || code.startsWith('Neo.TransientError.Cluster')) {
    return new AppError(
      ErrorCode.DATABASE_UNAVAILABLE,
      'The graph database is unavailable; try again shortly.',
      { query: queryKey },
      { cause: err },
    );
  }
  if (
    code.includes('TransactionTimedOut') ||
    code.includes('Transaction.TransactionTimedOut') ||
    code.includes('TransactionTerminated')
  ) {
    return new AppError(
      ErrorCode.DATABASE_TIMEOUT,
      'The query took too long and was stopped; narrow the filters or lower the page size.',
      { query: queryKey },
      { cause: err },
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    // The driver's text is never shown; the label and property it names are.
    const m = /label `(\w+)` and property `(\w+)`/.exec(err.message);
    return new AppError(
      ErrorCode.DATABASE_CONSTRAINT,
      `A uniqueness rule of the graph was violated${m ? ` (${m[1]}.${m[2]})` : ''}.`,
      { query: queryKey },
      { cause: err },
    );
  }
  if (code.includes('OutOfMemory')) {
    return new AppError(
      ErrorCode.DATABASE_MEMORY_LIMIT,
      'The query needed more memory than allowed; narrow the filters or lower the page size.',
      { query: queryKey },
      { cause: err },
    );
  }
  return err;
}
