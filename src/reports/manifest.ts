import { z } from 'zod';

/**
 * A report's manifest (`reports/<name>.json`, beside `reports/<name>.graphql`): what BI tools
 * see of it. Parameters become the operation's variables of the same name; `rows` says where
 * the rows are in the answer; `columns` flatten each row into named cells.
 */
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const parameterSchema = z
  .object({
    name: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
    /** `enum` takes `values`; `list: true` takes comma-separated values (`status=SIGNED,STARTED`). */
    type: z.enum(['string', 'integer', 'number', 'boolean', 'enum']),
    values: z.array(z.string()).optional(),
    list: z.boolean().default(false),
    label: bilingual,
    required: z.boolean().default(false),
    default: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).optional(),
    example: z.union([z.string(), z.number(), z.boolean()]).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict()
  .refine((p) => (p.type === 'enum') === (p.values !== undefined && p.values.length > 0), {
    message: 'an enum parameter needs `values`, and only an enum has them',
  });

export const columnSchema = z
  .object({
    /** Machine name: the JSON key and the default CSV/XLSX header. */
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    label: bilingual,
    type: z.enum(['string', 'integer', 'number', 'boolean', 'date']),
    /**
     * Where the cell comes from, relative to the row: `a.b`, `list[].name` (a list: see
     * `aggregate`; `list[k=v]` only the items whose k is v), `^a` one level up (the object the row sits in), `$.x` from the answer's
     * root, `#` the row's place in the report (1, 2, …).
     */
    path: z.string().min(1).optional(),
    /** A text built from several paths: `{source}->{target}`. */
    template: z.string().min(1).optional(),
    /** Values mapped to others: `*` for any value not listed, `null` for a missing one. */
    map: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    /**
     * How a path through a list (`[]`) becomes one cell: `join` the values as text (with `join`),
     * `count` them, `sum` them, or take the `first`. A list path must say which.
     */
    aggregate: z.enum(['join', 'count', 'sum', 'first']).optional(),
    join: z.string().default('; '),
    /** The cell when the path finds nothing, where nothing has a meaning (a count of 0). */
    ifMissing: z.union([z.string(), z.number(), z.boolean()]).optional(),
  })
  .strict()
  .refine((c) => (c.path === undefined) !== (c.template === undefined), {
    message: 'a column has exactly one of `path` and `template`',
  })
  .refine((c) => (c.path?.includes('[') ?? false) === (c.aggregate !== undefined), {
    message:
      'a column whose path goes through a list (`[]`, `[k=v]`) needs `aggregate`, and only such a column',
  });

export const manifestSchema = z
  .object({
    title: bilingual,
    description: bilingual,
    /** The GraphQL operation's root answer path to the rows, e.g. `projects.edges[].node`. */
    rows: z.string().min(1),
    /**
     * `connection`: the operation takes `$first`/`$after` and the runner walks its pages (at most
     * 100 rows per execution, the API's own cap); `total` is the path of its totalCount.
     * `list`: the answer holds every row and pages are cut from it.
     */
    paging: z.discriminatedUnion('kind', [
      z
        .object({
          kind: z.literal('connection'),
          total: z.string().min(1),
          /** Rows per execution: 100 (the API's page cap) unless the cost limit needs fewer. */
          chunk: z.number().int().min(1).max(100).default(100),
        })
        .strict(),
      z.object({ kind: z.literal('list') }).strict(),
    ]),
    /** How rows are ordered (pages are stable under it), in words. */
    order: bilingual,
    parameters: z.array(parameterSchema),
    columns: z.array(columnSchema).min(1),
  })
  .strict();

export type ReportParameter = z.infer<typeof parameterSchema>;
export type ReportColumn = z.infer<typeof columnSchema>;
export type ReportManifest = z.infer<typeof manifestSchema>;
