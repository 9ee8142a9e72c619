import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { SystemResolver } from '../modules/system/system.resolver.js';

/** Every resolver of the API; the order does not matter. */
export const resolvers = [SystemResolver] as const;

let built: Promise<GraphQLSchema> | undefined;

/** Builds the executable schema once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...resolvers] as [typeof SystemResolver],
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}
