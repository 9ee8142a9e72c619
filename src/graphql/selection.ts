import type { GraphQLResolveInfo } from 'graphql';
import {
  parseResolveInfo,
  type FieldsByTypeName,
  type ResolveTree,
} from 'graphql-parse-resolve-info';

/**
 * Whether the request asks, anywhere below the field being resolved (fragments and aliases
 * included), for one of `fields` of the object type `typeName`. Resolvers use it to leave out of
 * their statement what nobody will read, e.g. the firm and project samples of a chain analysis.
 */
export function selectsAny(info: GraphQLResolveInfo, typeName: string, fields: string[]): boolean {
  const tree = parseResolveInfo(info, { deep: true }) as ResolveTree | null | undefined;
  return tree ? found(tree.fieldsByTypeName, typeName, new Set(fields)) : false;
}

function found(byType: FieldsByTypeName, typeName: string, fields: Set<string>): boolean {
  for (const [type, selected] of Object.entries(byType)) {
    for (const child of Object.values(selected)) {
      if (type === typeName && fields.has(child.name)) return true;
      if (found(child.fieldsByTypeName, typeName, fields)) return true;
    }
  }
  return false;
}
