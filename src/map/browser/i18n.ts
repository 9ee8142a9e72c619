/**
 * The page speaks Chinese by default and English with `?lang=en` (the static labels are rendered
 * by the server in the same language). Names in the graph are Chinese; in English a segment or
 * chain shows its English alias from the reference taxonomy, and firms keep their own names.
 */
export type Lang = 'zh' | 'en';

export const lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';

/** The text in the page's language. */
export const t = (zh: string, en: string): string => (lang === 'en' ? en : zh);

const ascii = /^[\x20-\x7e]+$/;

/**
 * The label of a named record: its name in Chinese; in English the first alias written in
 * English words (lower-case letters: "battery pack" before "PACK"), else any ASCII alias, else the
 * Chinese name.
 */
export function label(r: { name: string; aliases?: string[] | null }): string {
  if (lang === 'zh') return r.name;
  const english = (r.aliases ?? []).filter((a) => ascii.test(a));
  return english.find((a) => /[a-z]/.test(a)) ?? english[0] ?? r.name;
}

/**
 * One side of the API's bilingual texts ("缺失 / missing", reasons "经营… / operates in …"): the
 * Chinese part or the English part; text without the separator is returned as it is.
 */
export function side(text: string): string {
  const at = text.indexOf(' / ');
  if (at < 0) return text;
  return lang === 'en' ? text.slice(at + 3) : text.slice(0, at);
}

export const STATUS: Record<string, [string, string]> = {
  PLANNED: ['谋划', 'planned'],
  SIGNED: ['签约', 'signed'],
  UNDER_CONSTRUCTION: ['在建', 'under construction'],
  IN_PRODUCTION: ['投产', 'in production'],
  unknown: ['状态未知', 'status unknown'],
};

export const statusLabel = (s: string | null | undefined): string => {
  const [zh, en] = STATUS[s ?? 'unknown'] ?? [s ?? '', s ?? ''];
  return t(zh, en);
};

export const STAGE: Record<string, [string, string]> = {
  UPSTREAM: ['上游', 'upstream'],
  MIDSTREAM: ['中游', 'midstream'],
  DOWNSTREAM: ['下游', 'downstream'],
};

export const stageLabel = (s: string): string => t(...(STAGE[s] ?? [s, s]));

/** A money figure in 亿元 (100 million yuan), or the words for "none known". */
export const yi = (v: number | null | undefined): string =>
  v === null || v === undefined ? t('未知', 'unknown') : t(`${v} 亿元`, `${v} × 100m yuan`);
