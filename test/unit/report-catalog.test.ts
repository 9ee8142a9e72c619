import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReports, REPORTS_DIR } from '../../src/reports/catalog.js';
import { openApiDocument } from '../../src/reports/openapi.js';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { committedDocuments, documentId } from '../../src/server/trusted-documents.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

/** The reports the issue asks for, by their URL names. */
const REQUIRED = [
  'enterprises',
  'projects',
  'chain-gaps',
  'fill-candidates',
  'project-stats',
  'pipeline',
  'cluster-profile',
  'chain-graph-nodes',
  'chain-graph-edges',
];

describe('the committed reports', () => {
  it('load: manifests valid, operations valid against the schema, parameters = variables', () => {
    const reports = loadReports(schema);
    expect([...reports.keys()].sort()).toEqual([...REQUIRED].sort());
    const files = readdirSync(REPORTS_DIR).sort();
    expect(files).toEqual(REQUIRED.flatMap((r) => [`${r}.graphql`, `${r}.json`]).sort());
  });

  it('put Grafana Node graph field names on the chain graph', () => {
    const reports = loadReports(schema);
    const names = (r: string) => reports.get(r)!.columns.map((c) => c.name);
    expect(names('chain-graph-nodes')).toEqual(
      expect.arrayContaining(['id', 'title', 'subTitle', 'mainStat', 'secondaryStat', 'color']),
    );
    expect(names('chain-graph-nodes').filter((n) => n.startsWith('arc__'))).toHaveLength(5);
    expect(names('chain-graph-edges')).toEqual(
      expect.arrayContaining(['id', 'source', 'target', 'mainStat']),
    );
  });

  it('describe themselves in a valid OpenAPI 3.1 document', async () => {
    const doc = openApiDocument(loadReports(schema).values(), '0.0.0');
    const result = await new Validator().validate(doc as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(doc.paths as object)).toContain('/api/v1/reports/chain-gaps');
  });
});

describe('a broken report stops the start with a message naming it', () => {
  const write = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reports-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  };
  const manifest = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      title: { zh: '链', en: 'Chains' },
      description: { zh: '链', en: 'Chains' },
      rows: 'chains[]',
      paging: { kind: 'list' },
      order: { zh: '名称', en: 'Name' },
      parameters: [],
      columns: [{ name: 'name', type: 'string', path: 'name', label: { zh: '名称', en: 'Name' } }],
      ...extra,
    });

  it('an operation that does not match the schema', () => {
    const dir = write({ 'bad.json': manifest(), 'bad.graphql': '{ chains { nom } }' });
    expect(() => loadReports(schema, dir)).toThrow(/reports\/bad\.graphql: .*nom/);
  });

  it('a variable without a parameter, and a parameter without a variable', () => {
    const op = 'query($region: String) { parks(region: $region) { name } }';
    expect(() => loadReports(schema, write({ 'a.json': manifest(), 'a.graphql': op }))).toThrow(
      /variable \$region has no parameter/,
    );
    const param = { name: 'chain', type: 'string', label: { zh: '链', en: 'Chain' } };
    expect(() =>
      loadReports(
        schema,
        write({ 'b.json': manifest({ parameters: [param] }), 'b.graphql': '{ chains { name } }' }),
      ),
    ).toThrow(/parameter chain is not a variable/);
  });

  it('a manifest field of the wrong shape', () => {
    const dir = write({
      'c.json': manifest({ paging: { kind: 'pages' } }),
      'c.graphql': '{ chains { name } }',
    });
    expect(() => loadReports(schema, dir)).toThrow(/reports\/c\.json: paging/);
  });
});

describe('trusted documents', () => {
  it('are identified by the SHA-256 of their exact text', () => {
    expect(documentId('{ chains { name } }')).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const d of committedDocuments()) expect(d.id).toBe(documentId(d.body));
    expect(committedDocuments().map((d) => d.name)).toContain('documents/database-info');
  });
});
