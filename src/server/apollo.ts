import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import type { Logger } from '../observability/logger.js';
import type { RequestContext } from './context.js';
import { makeFormatError } from './format-error.js';

export interface ApolloOptions {
  schema: GraphQLSchema;
  httpServer: Server;
  log: Logger;
  introspection: boolean;
}

/** The GraphQL pipeline; HTTP concerns stay in app.ts. */
export function createApollo(opts: ApolloOptions): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema: opts.schema,
    introspection: opts.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(opts.log),
    // Token floods are rejected while parsing, with a 400, before any resolver runs.
    parseOptions: { maxTokens: 5000 },
    // BI tools send API keys and bearer tokens on GETs; those headers count as CSRF-safe.
    csrfPrevention: {
      requestHeaders: [
        'x-apollo-operation-name',
        'apollo-require-preflight',
        'x-api-key',
        'authorization',
      ],
    },
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: opts.httpServer })],
  });
}
