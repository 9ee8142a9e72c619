/**
 * An amount as a figure states it: 亿元 with two decimals from 1亿 up, else whole 万元, and
 * `valueYi` derived from the stated number so the two always agree (3500万元 → 0.35).
 */
export function money(yi: number): { valueYi: number; stated: number; unit: string } {
  if (yi >= 1) {
    const stated = Math.round(yi * 100) / 100;
    return { valueYi: stated, stated, unit: '亿元' };
  }
  const stated = Math.max(1, Math.round(yi * 10_000));
  return { valueYi: stated / 10_000, stated, unit: '万元' };
}
