import type { Random } from './random.js';

/**
 * Word pools for synthetic Chinese names. Place stems are drawn from characters of Henan
 * place names; a stem that spells a real region of the dataset is refused (see NameBook), so
 * a name lookup never lands on a synthetic region by accident.
 */
const PLACE_CHARS = [
  ...'嵩洛汝颍淇伊箕伏桐柏宛陈许蔡杞滑濮汤淮卫邙鸿沁丹涧湍唐泌淅潢澧溱洧崤鲁梁睢虞渑灵义安宁丰兴隆康嘉韶华',
];
const BRAND_CHARS = [
  ...'华鑫瑞恒泰宏达盛丰源博创远中天嘉德信宇鼎新力科隆昌金永安通海汇联立正诚卓越智凯祥荣益佳晟腾耀辉明光弘润富盈和兴万豫森奥威捷图',
];

/** Short industry words for firm names, by chain id; unknown chains fall back to the chain name. */
const CHAIN_WORDS: Record<string, string[]> = {
  nev: ['新能源汽车', '新能源'],
  'power-battery': ['锂电', '电池'],
  'energy-storage': ['储能'],
  hydrogen: ['氢能'],
  automobile: ['汽车零部件', '汽车部件'],
  electronics: ['电子', '电子科技'],
  'smart-terminal': ['智能终端', '通讯'],
  ic: ['半导体', '微电子'],
  sensors: ['传感', '传感技术'],
  iot: ['物联', '物联网'],
  computing: ['数据', '云计算'],
  beidou: ['北斗', '导航'],
  equipment: ['装备', '机械'],
  'shield-machine': ['隧道装备', '重工'],
  'hydraulic-support': ['煤机', '液压'],
  'construction-machinery': ['工程机械', '重工'],
  superhard: ['超硬材料', '磨料磨具'],
  titanium: ['钛业', '钛材'],
  sic: ['碳化硅', '晶体材料'],
  'new-materials': ['新材料', '材料'],
  aluminum: ['铝业', '铝材'],
  biomedicine: ['生物', '药业'],
  'modern-food': ['食品', '食品科技'],
};
const FIRM_SUFFIXES = ['有限公司', '有限公司', '科技有限公司', '股份有限公司', '技术有限公司'];
export const PARK_WORDS = [
  '智能制造',
  '电子信息',
  '新材料',
  '生物医药',
  '食品',
  '汽车',
  '新能源',
  '数字经济',
  '先进制造',
  '临空',
  '科创',
  '装备',
  '现代物流',
  '创新',
];

export function chainWords(chainId: string, chainName: string): string[] {
  return CHAIN_WORDS[chainId] ?? [chainName.replace(/产业链$/, '')];
}

export function placeStem(rng: Random): string {
  const a = rng.pick(PLACE_CHARS);
  let b = rng.pick(PLACE_CHARS);
  while (b === a) b = rng.pick(PLACE_CHARS);
  return a + b;
}

export function brand(rng: Random): string {
  const a = rng.pick(BRAND_CHARS);
  let b = rng.pick(BRAND_CHARS);
  while (b === a) b = rng.pick(BRAND_CHARS);
  return a + b;
}

export function firmSuffix(rng: Random, large: boolean): string {
  return large && rng.chance(0.3) ? '集团有限公司' : rng.pick(FIRM_SUFFIXES);
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1..99 in Chinese numerals (第十二期). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? DIGITS[tens] : ''}十${DIGITS[n % 10]}`;
}

/** Hands out names not used before (nor reserved), trying fresh draws before a numbered fallback. */
export class NameBook {
  private readonly used: Set<string>;

  constructor(reserved: Iterable<string> = []) {
    this.used = new Set(reserved);
  }

  take(draw: () => string, fallback: (n: number) => string, tries = 12): string {
    for (let i = 0; i < tries; i++) {
      const name = draw();
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    for (let n = 2; ; n++) {
      const name = fallback(n);
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}
