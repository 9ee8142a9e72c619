import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { documentId } from '../server/trusted-documents.js';
import { manifestSchema, type ReportManifest } from './manifest.js';

export interface Report extends ReportManifest {
  /** URL name: the files' base name, e.g. `chain-gaps`. */
  name: string;
  /** The operation's text, as committed. */
  query: string;
  document: DocumentNode;
  /** Persisted-document id of the operation (`sha256:<hex>`). */
  documentId: string;
  /** The operation's variables that take a non-null value and have no default. */
  requiredVariables: string[];
}

/** The committed reports: `reports/<name>.graphql` plus `reports/<name>.json`. */
export const REPORTS_DIR = fileURLToPath(new URL('../../reports/', import.meta.url));

/**
 * Variables a connection report's operation must take; the runner sets them. `withTotal` guards
 * `totalCount @include(if: $withTotal)`, so the count runs once per report page, not per chunk.
 */
export const PAGING_VARIABLES = ['first', 'after', 'withTotal'] as const;

/**
 * Reads and checks every report: the manifest's shape, the operation against the schema, and
 * that parameters and the operation's variables agree. A broken report stops the start with a
 * message naming the file, rather than failing when a BI tool first calls it.
 */
export function loadReports(schema: GraphQLSchema, dir = REPORTS_DIR): Map<string, Report> {
  const reports = new Map<string, Report>();
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  for (const name of names) reports.set(name, loadReport(schema, dir, name));
  return reports;
}

function loadReport(schema: GraphQLSchema, dir: string, name: string): Report {
  const where = `reports/${name}`;
  if (!/^[a-z][a-z0-9-]*$/.test(name))
    throw new Error(`${where}: a report name is lower-case words joined by -`);
  const raw = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as unknown;
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `${where}.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const manifest = parsed.data;
  const query = readFileSync(path.join(dir, `${name}.graphql`), 'utf8');
  const document = parse(query);
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1 || operations[0]!.operation !== 'query')
    throw new Error(`${where}.graphql: must hold exactly one query operation`);
  const errors = validate(schema, document);
  if (errors.length > 0)
    throw new Error(`${where}.graphql: ${errors.map((e) => e.message).join('; ')}`);

  const variables = new Map(
    (operations[0]!.variableDefinitions ?? []).map((v) => [v.variable.name.value, v]),
  );
  const declared = new Set(manifest.parameters.map((p) => p.name));
  const paging = manifest.paging.kind === 'connection' ? PAGING_VARIABLES : [];
  for (const p of manifest.parameters) {
    if (!variables.has(p.name))
      throw new Error(`${where}: parameter ${p.name} is not a variable of the operation`);
    if ((PAGING_VARIABLES as readonly string[]).includes(p.name))
      throw new Error(`${where}: ${p.name} is set by the paging, not a parameter`);
  }
  for (const v of paging)
    if (!variables.has(v)) throw new Error(`${where}: a connection report takes $${v}`);
  for (const v of variables.keys())
    if (!declared.has(v) && !(paging as readonly string[]).includes(v))
      throw new Error(`${where}: variable $${v} has no parameter in the manifest`);
  const requiredVariables = [...variables.values()]
    .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
    .map((v) => v.variable.name.value);
  for (const v of requiredVariables) {
    const p = manifest.parameters.find((q) => q.name === v);
    if (p && !p.required && p.default === undefined)
      throw new Error(`${where}: $${v} is non-null, so parameter ${v} needs required or a default`);
  }
  const columnNames = new Set<string>();
  for (const c of manifest.columns) {
    if (columnNames.has(c.name)) throw new Error(`${where}: column ${c.name} appears twice`);
    columnNames.add(c.name);
  }
  return { ...manifest, name, query, document, documentId: documentId(query), requiredVariables };
}
