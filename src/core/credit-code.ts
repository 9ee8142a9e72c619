/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from a 31-character
 * alphabet (no I, O, S, V, Z), the last a check character over the first 17 (weights 3^i mod 31).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The code in its canonical form (upper case, no spaces), or null when it is not a valid code. */
export function normaliseCreditCode(raw: string): string | null {
  const code = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^[0-9A-HJ-NP-RTUWXY]{18}$/.test(code)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(code[i]!) * WEIGHTS[i]!;
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check] === code[17] ? code : null;
}

/** Why a code is refused, in words, or null when it is valid. */
export function creditCodeProblem(raw: string): string | null {
  const code = raw.replace(/\s+/g, '').toUpperCase();
  if (code.length !== 18) return `统一社会信用代码 has 18 characters, this one ${code.length}`;
  if (!/^[0-9A-HJ-NP-RTUWXY]{18}$/.test(code))
    return '统一社会信用代码 uses digits and capital letters except I, O, S, V, Z';
  return normaliseCreditCode(code)
    ? null
    : '统一社会信用代码 check character does not match (a typo?)';
}
