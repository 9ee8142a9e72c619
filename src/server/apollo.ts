import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { stableJson } from '../core/stable-json.js';
import type { Server } from 'node:http';
import type { Logger } from '../observability/logger.js';
import type { RequestContext } from '../graphql/context.js';
import { makeFormatError } from './format-error.js';
import { LIMITS, limitRules } from './limits.js';
import { checkOperationLimits } from './operation-limits.js';

export interface ApolloOptions {
  schema: GraphQLSchema;
  httpServer: Server;
  log: Logger;
  introspection: boolean;
  maxQueryCost?: number;
}

/** The GraphQL pipeline; HTTP concerns stay in app.ts. */
export function createApollo(opts: ApolloOptions): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema: opts.schema,
    introspection: opts.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM: it drains HTTP, closes the driver and stops the database in order.
    // Apollo's own handlers would re-raise the signal and kill the process half-way.
    stopOnTerminationSignals: false,
    formatError: makeFormatError(opts.log),
    // Token floods are rejected while parsing, with a 400, before any resolver runs.
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: limitRules,
    // BI tools send API keys and bearer tokens on GETs; those headers count as CSRF-safe.
    csrfPrevention: {
      requestHeaders: [
        'x-apollo-operation-name',
        'apollo-require-preflight',
        'x-api-key',
        'authorization',
      ],
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: opts.httpServer }),
      // Apollo's own landing page loads from a CDN; the offline IDE (src/ide) replaces it.
      ApolloServerPluginLandingPageDisabled(),
      roundTripPlugin(opts.log),
      operationLimitsPlugin(opts.schema, opts.maxQueryCost ?? LIMITS.maxCost),
    ],
  });
}

/**
 * Cost, text length and list size, checked on the operation with its variables (see
 * operation-limits.ts). The verdict depends only on the document and the variables, so it is
 * kept per document (Apollo hands back the same parsed document for the same text) and per
 * variable set, up to VERDICTS_PER_DOCUMENT of them: a saved query that a BI tool or the IDE
 * sends again is not walked again.
 */
function operationLimitsPlugin(
  schema: GraphQLSchema,
  maxCost: number,
): ApolloServerPlugin<RequestContext> {
  const verdicts = new WeakMap<DocumentNode, Map<string, Error | null>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          let known = verdicts.get(document);
          if (!known) verdicts.set(document, (known = new Map()));
          const key = request.variables ? stableJson(request.variables) : '';
          let verdict = known.get(key);
          if (verdict === undefined) {
            try {
              checkOperationLimits(schema, document, request.variables, maxCost);
              verdict = null;
            } catch (err) {
              if (!(err instanceof Error)) throw err;
              verdict = err;
            }
            if (key.length <= MAX_VERDICT_KEY) {
              if (known.size >= VERDICTS_PER_DOCUMENT) known.clear();
              known.set(key, verdict);
            }
          }
          if (verdict) throw verdict;
        },
      };
    },
  };
}

/** Variable sets whose limit verdicts are kept per document, and the longest set kept. */
const VERDICTS_PER_DOCUMENT = 256;
const MAX_VERDICT_KEY = 4096;

/** Logs each operation's database round trips; reports them in `extensions` when asked. */
function roundTripPlugin(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operationName }) {
          const trips = contextValue.roundTrips?.count ?? 0;
          log.debug({ operationName, roundTrips: trips }, 'graphql request');
          if (contextValue.reportRoundTrips && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              roundTrips: trips,
            };
          }
        },
      };
    },
  };
}
