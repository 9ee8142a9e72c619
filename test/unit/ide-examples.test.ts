import {
  getVariableValues,
  Kind,
  parse,
  validate,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ideExamples } from '../../src/ide/examples.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';

// The IDE opens with these operations as tabs: each must run against the API as it is.
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const cjk = /[\u4e00-\u9fff]/;

describe('IDE example operations', () => {
  it('exist, with unique titles and operation names (GraphiQL titles tabs by name)', () => {
    expect(ideExamples.length).toBeGreaterThan(0);
    const titles = ideExamples.map((e) => e.title);
    expect(new Set(titles).size).toBe(titles.length);
    const names = ideExamples.map((e) => {
      const op = parse(e.query).definitions[0] as OperationDefinitionNode;
      return op.name?.value;
    });
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(ideExamples.map((e) => [e.title, e] as const))('%s', (_title, example) => {
    it('has a bilingual title and a bilingual comment as its first line', () => {
      expect(example.title).toMatch(cjk);
      expect(example.title).toMatch(/ \/ [A-Za-z]/);
      const firstLine = example.query.split('\n')[0] ?? '';
      expect(firstLine).toMatch(/^# /);
      expect(firstLine).toMatch(cjk);
      expect(firstLine).toMatch(/ \/ [A-Za-z]/);
    });

    it('is one named query', () => {
      const doc = parse(example.query);
      expect(doc.definitions).toHaveLength(1);
      const op = doc.definitions[0] as OperationDefinitionNode;
      expect(op.kind).toBe(Kind.OPERATION_DEFINITION);
      expect(op.operation).toBe('query');
      expect(op.name?.value).toMatch(/^[A-Z]\w+$/);
    });

    it('validates against the schema the code builds', () => {
      const errors = validate(schema, parse(example.query));
      expect(errors.map((e) => e.message)).toEqual([]);
    });

    it('supplies only declared variables, every required one, with values of the right types', () => {
      const op = parse(example.query).definitions[0] as OperationDefinitionNode;
      const declared = (op.variableDefinitions ?? []).map((v) => v.variable.name.value);
      for (const name of Object.keys(example.variables ?? {})) expect(declared).toContain(name);
      // Coercion reports missing required variables and values of the wrong type.
      const coerced = getVariableValues(
        schema,
        op.variableDefinitions ?? [],
        example.variables ?? {},
      );
      expect(coerced.errors?.map((e) => e.message) ?? []).toEqual([]);
    });
  });
});
