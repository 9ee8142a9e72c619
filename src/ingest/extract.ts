/**
 * Rule-based extraction of candidate facts from an article's text, each with its character span
 * and a confidence, for an editor to accept or reject (nothing extracted is written unreviewed).
 *
 * Money figures: an amount with a currency unit (亿元, 万元, 万亿元 …), its kind from the nearest
 * money word before it in the same clause (总投资 → total_investment, 年产值 → output_value,
 * 签约额 → contract_value …), its qualifier from the words around it (超/突破/以上 → over, 约 →
 * about, 近 → nearly, 不到 → under). Regular expressions rather than a tokenizer: the figures
 * follow a small set of set phrases in government and news writing, and a rule that misfires can
 * be read and fixed; the score against the curated seed (scripts/extraction-quality.ts) says how
 * far that carries.
 */

import { MONEY_UNITS } from '../dataset/meaning-rules.js';

export type MoneyKind =
  | 'total_investment'
  | 'annual_plan_investment'
  | 'output_value'
  | 'revenue'
  | 'contract_value'
  | 'cumulative_investment'
  | 'other';

export interface MoneyCandidate {
  kind: MoneyKind;
  valueYi: number;
  stated: number;
  unit: string;
  qualifier: 'exact' | 'over' | 'about' | 'under' | 'nearly';
  /** The clause stating it (offsets into the text, end exclusive). */
  start: number;
  end: number;
  /** 0..1: how sure the rule is (a kind word right before the amount is surer than one far off). */
  confidence: number;
  /** The words the kind was read from. */
  cue: string;
}

/**
 * Money words, longest first within each kind's list; the nearest one before an amount wins.
 * Layout spaces inside a word (签约 额, as PDF-converted text has them) are allowed.
 */
const CUES: [RegExp, MoneyKind][] = (
  [
    [['年度计划投资'], 'annual_plan_investment'],
    [['累计完成投资', '完成固定资产投资', '累计投资'], 'cumulative_investment'],
    [['签约总额', '总签约额', '签约额', '签约金额', '总金额', '项目总额'], 'contract_value'],
    [['投资总额', '总投资额', '总投资', '投资额', '计划投资'], 'total_investment'],
    [['总产值', '年产值', '产值'], 'output_value'],
    [['营业收入', '营收', '创收', '销售收入'], 'revenue'],
    [['进出口', '出口', '税收', '利税'], 'other'],
  ] as [string[], MoneyKind][]
).map(([words, kind]) => [
  new RegExp(`(${words.map((w) => [...w].join('\\s*')).join('|')})`, 'g'),
  kind,
]);

const AMOUNT =
  /(约|超过|超|逾|近|不到|突破|达到|达)?\s*(\d+(?:\.\d+)?)\s*(万亿|千亿|亿|千万|百万|万)?\s*元(以上)?/g;

const CLAUSE_BREAK = /[，,。；;！!？?\n、]/;

export function extractMoney(text: string): MoneyCandidate[] {
  const out: MoneyCandidate[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, before, number, prefix, above] = m;
    const unit = `${prefix ?? ''}元`;
    const factor = MONEY_UNITS[unit];
    if (factor === undefined) continue;
    const at = m.index!;
    // The clause: back to the previous break, forward to the end of the amount.
    let start = at;
    // A clause longer than 200 characters is no clause (unpunctuated text): reading stays linear.
    while (start > 0 && at - start < 200 && !CLAUSE_BREAK.test(text[start - 1]!)) start -= 1;
    const end = at + whole.length;
    const head = text.slice(start, at);
    // The nearest money word in the clause before the amount.
    let best: { kind: MoneyKind; index: number; cue: string } | undefined;
    for (const [re, kind] of CUES) {
      for (const c of head.matchAll(re)) {
        if (!best || c.index! + c[0].length > best.index) {
          best = { kind, index: c.index! + c[0].length, cue: c[0] };
        }
      }
    }
    if (!best) continue; // an amount with no money word (亿元以上项目, prices) is not a figure
    const gap = head.length - best.index;
    const nearWord = /(超过|超|逾|突破)$/.test(head.trimEnd()) || /超|逾|突破/.test(before ?? '');
    const qualifier = above
      ? 'over'
      : before === '约'
        ? 'about'
        : before === '近'
          ? 'nearly'
          : before === '不到'
            ? 'under'
            : nearWord || /(超过|超|逾|突破)\s*$/.test(head)
              ? 'over'
              : 'exact';
    const stated = Number(number);
    out.push({
      kind: best.kind,
      valueYi: Math.round(stated * factor * 1e6) / 1e6,
      stated,
      unit,
      qualifier,
      start,
      end,
      confidence: gap <= 4 ? 0.9 : gap <= 12 ? 0.7 : 0.5,
      cue: best.cue,
    });
  }
  return out;
}
