import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/**
 * Request limits, checked during validation, i.e. before any resolver or database work; a
 * violation is a 400 with GRAPHQL_VALIDATION_FAILED and a message naming the limit.
 * Introspection (the IDE) is exempt from depth and cost. The token cap is Apollo's parser
 * option (apollo.ts); page sizes are capped per argument.
 */
export const LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 20_000, maxTokens: 5_000 } as const;

// graphql-armor throws by default, which Apollo reports as a 500; reporting the error on the
// validation context makes it an ordinary validation failure (400).
const report = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

export const limitRules: ValidationRule[] = [
  maxDepthRule({ n: LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true, ...report }),
  maxAliasesRule({ n: LIMITS.maxAliases, exposeLimits: true, ...report }),
  costLimitRule({
    maxCost: LIMITS.maxCost,
    objectCost: 2,
    scalarCost: 1,
    depthCostFactor: 1.5,
    ignoreIntrospection: true,
    exposeLimits: true,
    ...report,
  }),
] as unknown as ValidationRule[];
