/** Rounds to a number of decimal places, hiding float noise in sums and scores. */
export function round(n: number, places: number): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

/** Money in 亿元 is reported to 0.0001 亿元 (10 000 yuan); null and undefined count as 0. */
export const money = (n: unknown): number => round(Number(n ?? 0), 4);

/** Money that may be unknown: null stays null (unknown is never 0), a number is rounded like money. */
export const knownMoney = (n: unknown): number | null =>
  n === null || n === undefined ? null : money(n);

/** Scores, shares and presence values are reported to three decimals. */
export const score = (n: number): number => round(n, 3);
