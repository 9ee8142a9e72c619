import type { GraphQLFormattedError } from 'graphql';
import { PUBLIC_CODES } from '../errors/app-error.js';
import type { Logger } from '../observability/logger.js';

/** Apollo's own request-level codes that are safe to pass through as they are. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Public errors keep their code and message; anything else is logged in full and masked,
 * so stack traces, Cypher and driver messages never reach API users.
 */
export function makeFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    if (PUBLIC_CODES.has(code) || APOLLO_CODES.has(code)) {
      // The statement key and the stack are internals: logged, never sent.
      const { stacktrace: _stack, query: _query, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error(
      { err: error, path: formatted.path, query: formatted.extensions?.query },
      'unexpected error while resolving a request',
    );
    return {
      message: 'Internal server error / 服务器内部错误',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
