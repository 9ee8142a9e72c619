import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  isEnumType,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type GraphQLSchema,
  type ValueNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { LIMITS } from './limits.js';

/**
 * Limits that depend on the values an operation runs with, not only on its text: the cost
 * (page sizes are multipliers), the length of every text argument and the size of every list
 * argument. Validation rules see literals only, so a client could pass `first: 500` or a
 * 100 000-character name as a variable and slip past them. Here the operation is checked as
 * it will execute: variables (or their declared defaults) written in place, and page-size
 * arguments a field leaves out (or sets to null) replaced by the default page size.
 */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  maxCost: number = LIMITS.maxCost,
): void {
  const resolved = flattenFragments(resolveValues(schema, document, variables ?? {}));
  checkArgumentSizes(resolved);
  checkCost(schema, resolved, maxCost);
}

const PAGE_ARGS = new Set(['first', 'last']);

/** The document with every variable replaced by its value, and omitted page sizes by defaults. */
export function resolveValues(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): DocumentNode {
  const defaults = new Map<string, ValueNode>();
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of def.variableDefinitions ?? []) {
      if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
    }
  }
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      // Variable definitions keep their variables; only uses are replaced.
      VariableDefinition: () => false,
      Variable(node) {
        const name = node.name.value;
        if (Object.prototype.hasOwnProperty.call(variables, name)) {
          return jsonToAst(variables[name], isEnumType(getNamedType(typeInfo.getInputType())));
        }
        return defaults.get(name) ?? { kind: Kind.NULL };
      },
      Field: {
        // On leave, so the arguments already hold their values; the new node replaces the old.
        leave(node: FieldNode) {
          const field = typeInfo.getFieldDef();
          if (!field) return undefined;
          const missing: ArgumentNode[] = [];
          const given = (node.arguments ?? []).filter((a) => a.value.kind !== Kind.NULL);
          for (const arg of field.args) {
            if (!PAGE_ARGS.has(arg.name)) continue;
            if (given.some((a) => a.name.value === arg.name)) continue;
            const size =
              typeof arg.defaultValue === 'number' ? arg.defaultValue : LIMITS.assumedPageSize;
            missing.push({
              kind: Kind.ARGUMENT,
              name: { kind: Kind.NAME, value: arg.name },
              value: { kind: Kind.INT, value: String(size) },
            });
          }
          if (missing.length === 0) return undefined;
          return { ...node, arguments: [...given, ...missing] };
        },
      },
    }),
  ) as DocumentNode;
}

/**
 * The operations with every fragment written out in place, so the cost counts what executes
 * whether or not the client used fragments. Fragments are acyclic in a valid document; a
 * repeated spread on one path is skipped all the same.
 */
export function flattenFragments(document: DocumentNode): DocumentNode {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const expand = (set: SelectionSetNode, path: ReadonlySet<string>): SelectionSetNode => {
    const out: SelectionNode[] = [];
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        out.push(sel.selectionSet ? { ...sel, selectionSet: expand(sel.selectionSet, path) } : sel);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        out.push(...expand(sel.selectionSet, path).selections);
      } else {
        const fragment = fragments.get(sel.name.value);
        if (!fragment || path.has(sel.name.value)) continue;
        out.push(...expand(fragment.selectionSet, new Set([...path, sel.name.value])).selections);
      }
    }
    return { ...set, selections: out };
  };
  return {
    ...document,
    definitions: document.definitions.flatMap((def) =>
      def.kind === Kind.OPERATION_DEFINITION
        ? [{ ...def, selectionSet: expand(def.selectionSet, new Set()) }]
        : [],
    ),
  };
}

/** A JSON variable value as a literal; text becomes an enum literal where the type is an enum. */
function jsonToAst(value: unknown, asEnum: boolean): ValueNode {
  if (value === null || value === undefined) return { kind: Kind.NULL };
  if (typeof value === 'string') {
    return asEnum ? { kind: Kind.ENUM, value } : { kind: Kind.STRING, value };
  }
  if (typeof value === 'boolean') return { kind: Kind.BOOLEAN, value };
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? { kind: Kind.INT, value: String(value) }
      : { kind: Kind.FLOAT, value: String(value) };
  }
  if (Array.isArray(value)) {
    return { kind: Kind.LIST, values: value.map((v) => jsonToAst(v, asEnum)) };
  }
  if (typeof value === 'object') {
    return {
      kind: Kind.OBJECT,
      fields: Object.entries(value as Record<string, unknown>).map(([k, v]) => ({
        kind: Kind.OBJECT_FIELD,
        name: { kind: Kind.NAME, value: k },
        value: jsonToAst(v, false),
      })),
    };
  }
  return { kind: Kind.NULL };
}

/** Text arguments that are documents, not names: an article's text (its own bound applies). */
const LONG_TEXT: Record<string, number> = { 'ingestArticle(input).text': 300_000 };

/** Every text argument at most maxStringLength characters, every list at most maxListItems. */
function checkArgumentSizes(document: DocumentNode): void {
  const walk = (value: ValueNode, where: string): void => {
    const max = LONG_TEXT[where] ?? LIMITS.maxStringLength;
    if (value.kind === Kind.STRING && [...value.value].length > max) {
      throw tooLarge(
        where,
        `text longer than ${max} characters (got ${[...value.value].length}) / 文本过长`,
      );
    }
    if (value.kind === Kind.LIST) {
      if (value.values.length > LIMITS.maxListItems) {
        throw tooLarge(
          where,
          `more than ${LIMITS.maxListItems} items (got ${value.values.length}) / 列表过长`,
        );
      }
      value.values.forEach((v) => walk(v, where));
    }
    if (value.kind === Kind.OBJECT)
      value.fields.forEach((f) => walk(f.value, `${where}.${f.name.value}`));
  };
  let field = '';
  visit(document, {
    Field: (node) => {
      field = node.name.value;
    },
    Argument: (node) => {
      walk(node.value, `${field}(${node.name.value})`);
      return false;
    },
  });
}

function tooLarge(argument: string, message: string): AppError {
  const err = new AppError(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, {
    argument,
    http: { status: 400 },
  });
  return err;
}

// graphql-armor's cost: objects 2, scalars 1, each level ×1.5, multiplied by `first`/`last`.
function costRule(
  maxCost: number,
  onReject: (ctx: ValidationContext | null, e: GraphQLError) => void,
): ValidationRule {
  return costLimitRule({
    maxCost,
    objectCost: 2,
    scalarCost: 1,
    depthCostFactor: 1.5,
    flattenFragments: true,
    ignoreIntrospection: true,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [onReject],
  }) as unknown as ValidationRule;
}

function checkCost(schema: GraphQLSchema, document: DocumentNode, maxCost: number): void {
  const rejected: GraphQLError[] = [];
  validate(schema, document, [costRule(maxCost, (_ctx, e) => rejected.push(e))]);
  const first = rejected[0];
  if (first) {
    throw new AppError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `${first.message.replace(/^Syntax Error: /, '')} Lower the page sizes (first) or select fewer nested lists. / 查询代价过高`,
      { limit: maxCost, http: { status: 400 } },
    );
  }
}
