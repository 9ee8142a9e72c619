import { badInput } from '../errors/app-error.js';

/**
 * Argument validation shared by every module. Each failure is a BAD_USER_INPUT whose message
 * names the argument, the value sent and what is allowed, e.g.
 * `first: must be a whole number between 0 and 100, got 500`.
 */

/** Largest 三个一批 period number accepted by filters (the campaign has a few dozen at most). */
export const MAX_PERIOD = 10_000;

/**
 * Longest name, alias or id a look-up accepts. No node's name comes near it, and a longer text
 * would only cost the full-text index work for a certain miss.
 */
export const MAX_NAME_LENGTH = 200;

/**
 * An optional integer argument: null or absent gives the fallback; anything that is not an
 * integer in [min, max] is refused. Every integer that reaches a statement goes through here, so
 * no client value becomes an out-of-range 64-bit integer.
 */
export function intArg(
  argument: string,
  value: number | null | undefined,
  range: { min: number; max: number; fallback: number },
): number {
  if (value === null || value === undefined) return range.fallback;
  if (!Number.isInteger(value) || value < range.min || value > range.max)
    throw badInput(
      argument,
      `must be a whole number between ${range.min} and ${range.max}, got ${value}`,
    );
  return value;
}

/** Like intArg, but null or absent stays null (an optional filter such as a period). */
export function optionalIntArg(
  argument: string,
  value: number | null | undefined,
  range: { min: number; max: number },
): number | null {
  if (value === null || value === undefined) return null;
  return intArg(argument, value, { ...range, fallback: range.min });
}

/** A 三个一批 period number (第N期), or null when not given. */
export const periodArg = (argument: string, value: number | null | undefined): number | null =>
  optionalIntArg(argument, value, { min: 1, max: MAX_PERIOD });

/**
 * The sizes of the API's lists, in one table: the default when `first` is omitted and the most a
 * client may ask for. `first: 0` is allowed everywhere (an empty list, e.g. to read a total).
 */
export const LIST_SIZE = {
  /** Connections (`enterprises`, `projects`): paged with cursors. */
  page: { fallback: 20, max: 100 },
  /** Lists nested under an object (a district's enterprises, a segment's projects…). */
  nested: { fallback: 50, max: 200 },
  /** Ranked answers (`chainLeaders`, `fillCandidates`). */
  ranking: { fallback: 10, max: 100 },
  /** `search` hits and `parksByChain` rows. */
  hits: { fallback: 20, max: 100 },
  /** Graph paths of `traverse`. */
  paths: { fallback: 50, max: 200 },
  /** Projects listed by `pipelineMovements` (its transitions always count all). */
  movements: { fallback: 100, max: 500 },
} as const;
export type ListSize = keyof typeof LIST_SIZE;

/** The `first` argument of a list of the given size. */
export function firstArg(value: number | null | undefined, size: ListSize): number {
  return intArg('first', value, { min: 0, ...LIST_SIZE[size] });
}

/** A trimmed name/id argument: empty or overlong text is refused, naming the argument. */
export function nameArg(argument: string, value: string): string {
  // NFKC folds full-width letters, digits and brackets (（郑州）, ＢＹＤ) into their usual forms.
  const text = value.normalize('NFKC').trim();
  if (!text) throw badInput(argument, 'must not be empty');
  if (text.length > MAX_NAME_LENGTH)
    throw badInput(argument, `must be at most ${MAX_NAME_LENGTH} characters, got ${text.length}`);
  return text;
}
