import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { DEFAULT_PAGE } from '../graphql/pagination.js';

/**
 * Request limits. Depth and aliases are checked during validation, i.e. before any resolver
 * or database work; a violation is a 400 with GRAPHQL_VALIDATION_FAILED naming the limit.
 * Cost, text length and list size depend on variable values too, so they are checked on the
 * operation as it will run (operation-limits.ts), also before any resolver. Introspection
 * (the IDE) is exempt from depth and cost. The token cap is Apollo's parser option
 * (apollo.ts); page sizes are capped per argument.
 */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 20_000,
  maxTokens: 5_000,
  /** Longest text argument: names, aliases and search terms are far shorter. */
  maxStringLength: 200,
  /** Most items in one list argument (regions, segments, statuses …). */
  maxListItems: 100,
  /** The page size the cost assumes where a list field's `first` is left out. */
  assumedPageSize: DEFAULT_PAGE,
} as const;

// graphql-armor throws by default, which Apollo reports as a 500; reporting the error on the
// validation context makes it an ordinary validation failure (400).
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

export const limitRules: ValidationRule[] = [
  // Depth of the operation as written out: fragments add no level of their own.
  maxDepthRule({
    n: LIMITS.maxDepth,
    ignoreIntrospection: true,
    flattenFragments: true,
    exposeLimits: true,
    ...report,
  }),
  maxAliasesRule({ n: LIMITS.maxAliases, exposeLimits: true, ...report }),
] as unknown as ValidationRule[];
