/**
 * 统一社会信用代码 — the 18-character unified social credit code of GB 32100-2015, and the 9-character
 * organisation code of GB 11714 embedded in it (positions 9–17). Validation, normalisation and decoding; pure.
 */
import { CREDIT_CODE_AUTHORITIES } from './credit-code-authorities';

/** The 31 characters of GB 32100: digits and capitals without I, O, S, V, Z. A character's value is its index. */
const CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Wᵢ = 3^(i−1) mod 31 for i = 1..17. */
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714 weights over the 8 body characters of an organisation code. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Why a code is invalid; stable so that forms and imports can explain it in either language. */
export type CreditCodeProblem =
  | { kind: 'empty' }
  | { kind: 'length'; length: number }
  | { kind: 'character'; position: number; character: string }
  | { kind: 'check-digit'; expected: string; actual: string }
  | { kind: 'organisation-check-digit'; expected: string; actual: string };

/** The result of checking a credit code: decoded parts when it is valid, the first problem when it is not. */
export type CreditCodeCheck =
  | {
      valid: true;
      code: string;
      authority: { code: string; zh: string | null; en: string | null };
      entityType: { code: string; zh: string | null; en: string | null };
      areaCode: string;
      organisationCode: string;
    }
  | { valid: false; code: string; problem: CreditCodeProblem };

/**
 * Normalises what people type: full-width characters to half-width, lower case to upper, spaces and hyphens removed.
 */
export function normalizeCreditCode(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000-]/g, '')
    .toUpperCase();
}

export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normalizeCreditCode(input);
  if (code.length === 0) return { valid: false, code, problem: { kind: 'empty' } };
  if (code.length !== 18) return { valid: false, code, problem: { kind: 'length', length: code.length } };
  for (let i = 0; i < 18; i += 1) {
    if (!CODE_CHARSET.includes(code[i]!)) {
      return { valid: false, code, problem: { kind: 'character', position: i + 1, character: code[i]! } };
    }
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (expected !== code[17]) {
    return { valid: false, code, problem: { kind: 'check-digit', expected, actual: code[17]! } };
  }
  const organisationCode = code.slice(8, 17);
  const orgProblem = checkOrganisationCode(organisationCode);
  if (orgProblem) return { valid: false, code, problem: orgProblem };

  const authority = CREDIT_CODE_AUTHORITIES[code[0]!];
  const entityType = authority?.types[code[1]!];
  return {
    valid: true,
    code,
    authority: { code: code[0]!, zh: authority?.zh ?? null, en: authority?.en ?? null },
    entityType: { code: code[1]!, zh: entityType?.zh ?? null, en: entityType?.en ?? null },
    areaCode: code.slice(2, 8),
    organisationCode: `${organisationCode.slice(0, 8)}-${organisationCode[8]}`,
  };
}

export function isValidCreditCode(input: string): boolean {
  return checkCreditCode(input).valid;
}

/** The 18th character for the first 17 (which must be in the charset). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CODE_CHARSET.indexOf(first17[i]!) * CODE_WEIGHTS[i]!;
  return CODE_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** The 9th character of a GB 11714 organisation code for its 8-character body (digits and A–Z). */
export function organisationCodeCheckCharacter(body: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const value = characterValue(body[i]!);
    if (value === null) return null;
    sum += value * ORG_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

function checkOrganisationCode(nine: string): CreditCodeProblem | null {
  // Codes issued to individual businesses and some others carry no organisation code: the body is then not a
  // GB 11714 code and its letters fall outside the check. Only check bodies made of digits and letters.
  const expected = organisationCodeCheckCharacter(nine.slice(0, 8));
  if (expected === null) return null;
  const actual = nine[8]!;
  return expected === actual ? null : { kind: 'organisation-check-digit', expected, actual };
}

function characterValue(c: string): number | null {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= 'A' && c <= 'Z') return c.charCodeAt(0) - 55;
  return null;
}

/** A human explanation of a problem, for error messages and import reports. */
export function describeCreditCodeProblem(problem: CreditCodeProblem, locale: 'zh-CN' | 'en'): string {
  const zh = locale === 'zh-CN';
  switch (problem.kind) {
    case 'empty':
      return zh ? '统一社会信用代码为空' : 'the credit code is empty';
    case 'length':
      return zh
        ? `统一社会信用代码应为 18 位，实际为 ${problem.length} 位`
        : `a credit code has 18 characters, this one has ${problem.length}`;
    case 'character':
      return zh
        ? `第 ${problem.position} 位字符“${problem.character}”不允许（不含 I、O、S、V、Z）`
        : `character ${problem.position} "${problem.character}" is not allowed (I, O, S, V and Z are never used)`;
    case 'check-digit':
      return zh
        ? `校验码错误：第 18 位应为“${problem.expected}”，实际为“${problem.actual}”`
        : `wrong check character: position 18 should be "${problem.expected}", not "${problem.actual}"`;
    case 'organisation-check-digit':
      return zh
        ? `内含组织机构代码的校验码错误：第 17 位应为“${problem.expected}”，实际为“${problem.actual}”`
        : `wrong check character of the embedded organisation code: position 17 should be "${problem.expected}", not "${problem.actual}"`;
  }
}
