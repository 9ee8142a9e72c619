import type { GraphQLFormattedError } from 'graphql';
import { cursorAt } from '../graphql/pagination.js';
import type { Report } from './catalog.js';
import { cellOf, rowsAt, valuesAt, type Cell } from './flatten.js';

/** Runs the report's operation through the GraphQL pipeline (schema, limits, auth context). */
export type Execute = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;

export interface ReportPage {
  /** Cells in the order of the report's columns. */
  rows: Cell[][];
  /** Rows of the whole report (every page). */
  total: number;
  offset: number;
  limit: number;
  hasMore: boolean;
}

/** The first error of an execution, to answer with its code and an HTTP status. */
export class ReportExecutionError extends Error {
  constructor(readonly error: GraphQLFormattedError) {
    super(error.message);
    this.name = 'ReportExecutionError';
  }
}

/** Executions of a connection report run at the same time for one page. */
const PARALLEL = 4;

/**
 * One page of a report. A `list` report is answered whole and cut; a `connection` report is
 * read in chunks of at most the API's page size (100), the chunks of a page fetched four at a time,
 * with the total counted once, in the first chunk.
 */
export async function runReport(
  report: Report,
  variables: Record<string, unknown>,
  offset: number,
  limit: number,
  execute: Execute,
): Promise<ReportPage> {
  const run = async (vars: Record<string, unknown>) => {
    const result = await execute(report.query, vars);
    if (result.errors?.length) throw new ReportExecutionError(result.errors[0]!);
    return result.data ?? {};
  };
  const flat = (data: unknown, from: number) =>
    rowsAt(data, report.rows).map((row, i) =>
      report.columns.map((c) => cellOf(c, row, from + i + 1)),
    );

  if (report.paging.kind === 'list') {
    const all = flat(await run(variables), 0);
    const rows = all.slice(offset, offset + limit);
    return { rows, total: all.length, offset, limit, hasMore: offset + rows.length < all.length };
  }

  const { total: totalPath, chunk } = report.paging;
  const chunks: { after: string | null; first: number; withTotal: boolean }[] = [];
  for (let at = offset; at < offset + limit; at += chunk)
    chunks.push({
      after: at > 0 ? cursorAt(at - 1) : null,
      first: Math.min(chunk, offset + limit - at),
      withTotal: at === offset,
    });
  const [head, ...tail] = chunks;
  const firstData = await run({ ...variables, ...head });
  const total = Number(valuesAt([firstData], totalPath)[0] ?? 0);
  const rows = flat(firstData, offset);
  // Chunks past the end of the list are not asked for.
  const needed = tail.filter((_, i) => offset + (i + 1) * chunk < total);
  for (let i = 0; i < needed.length && rows.length === (i + 1) * chunk; i += PARALLEL) {
    const batch = await Promise.all(
      needed.slice(i, i + PARALLEL).map((c) => run({ ...variables, ...c })),
    );
    for (const data of batch) rows.push(...flat(data, offset + rows.length));
  }
  return { rows, total, offset, limit, hasMore: offset + rows.length < total };
}
