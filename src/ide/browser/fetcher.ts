import type { GraphiQLProps } from 'graphiql';
import { GraphQLError, type ExecutionResult } from 'graphql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * POSTs operations to the API as JSON. A response that is not JSON (a proxy's error page, a
 * body-size limit) becomes a GraphQL error in the result pane instead of a silent failure.
 */
export function createFetcher(endpoint: string): Fetcher {
  return async (params, opts) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'content-type': 'application/json',
        ...opts?.headers,
      },
      body: JSON.stringify(params),
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as ExecutionResult;
    } catch {
      return { errors: [new GraphQLError(`HTTP ${res.status}: ${text.slice(0, 500)}`)] };
    }
  };
}
