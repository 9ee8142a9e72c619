/**
 * The roles an API key carries, each including the ones before it:
 * - `reader`: GraphQL queries and reports;
 * - `editor`: also the editing paths (corrections to the graph);
 * - `admin`: also keys, imports and rebuilds.
 */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Whether a holder of `held` may do what needs `needed`. */
export const roleAllows = (held: Role, needed: Role): boolean =>
  ROLES.indexOf(held) >= ROLES.indexOf(needed);

/** Who is making a request: a key's holder, or nobody in particular where anonymous reads are allowed. */
export type Principal =
  | { kind: 'key'; id: string; name: string; role: Role; ratePerMinute: number | null }
  | { kind: 'anonymous'; role: 'reader' };

export const ANONYMOUS: Principal = Object.freeze({ kind: 'anonymous', role: 'reader' });
