import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  creditCodeCheckCharacter,
  describeCreditCodeProblem,
  normalizeCreditCode,
  organisationCodeCheckCharacter,
} from './credit-code';

describe('checkCreditCode', () => {
  it.each([
    ['9144030071526726XG', '440300', '71526726-X'],
    ['91440300708461136T', '440300', '70846113-6'],
    ['914403001922038216', '440300', '19220382-1'],
    ['91330100799655058B', '330100', '79965505-8'],
    ['91310000132200821H', '310000', '13220082-1'],
  ])('accepts the published code %s', (code, area, org) => {
    const result = checkCreditCode(code);
    expect(result).toMatchObject({ valid: true, areaCode: area, organisationCode: org });
    if (result.valid) {
      expect(result.authority).toMatchObject({ code: '9', zh: '工商（市场监管）' });
      expect(result.entityType).toMatchObject({ code: '1', zh: '企业' });
    }
  });

  it.each([
    ['', { kind: 'empty' }],
    ['91310115132210581', { kind: 'length', length: 17 }],
    ['91310115132210581PP', { kind: 'length', length: 19 }],
    ['9131011513221058IP', { kind: 'character', position: 17, character: 'I' }],
    ['O1310115132210581P', { kind: 'character', position: 1, character: 'O' }],
    ['91310115132210581P', { kind: 'check-digit', expected: 'B', actual: 'P' }],
    ['9144030071526726XH', { kind: 'check-digit', expected: 'G', actual: 'H' }],
  ])('rejects %j with %j', (code, problem) => {
    expect(checkCreditCode(code)).toMatchObject({ valid: false, problem });
  });

  it('checks the embedded organisation code after the 18th character', () => {
    // 91310115132210581B has the right 18th character for its first 17, but its organisation code 13221058-1 is wrong.
    expect(creditCodeCheckCharacter('91310115132210581')).toBe('B');
    expect(checkCreditCode('91310115132210581B')).toMatchObject({
      valid: false,
      problem: { kind: 'organisation-check-digit', expected: '7', actual: '1' },
    });
  });

  it.each([
    ['９１４４０３００７１５２６７２６ＸＧ', '9144030071526726XG'],
    ['9144030071526726xg', '9144030071526726XG'],
    [' 91440300-71526726 XG ', '9144030071526726XG'],
  ])('normalises %j before checking', (input, code) => {
    expect(normalizeCreditCode(input)).toBe(code);
    expect(checkCreditCode(input).valid).toBe(true);
  });

  it('computes organisation code check characters (GB 11714)', () => {
    expect(organisationCodeCheckCharacter('71526726')).toBe('X');
    expect(organisationCodeCheckCharacter('19220382')).toBe('1');
    expect(organisationCodeCheckCharacter('7152672!')).toBeNull();
  });

  it('accepts any code built with the right check characters, and rejects any single-character change', () => {
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 8, maxLength: 8 });
    const prefix = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(prefix, digits, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (p, body, pos, shift) => {
        const first17 = `${p}${body}${organisationCodeCheckCharacter(body)!}`;
        const code = `${first17}${creditCodeCheckCharacter(first17)}`;
        expect(checkCreditCode(code).valid).toBe(true);
        const changed = charset[(charset.indexOf(code[pos]!) + shift) % 31]!;
        const mutated = `${code.slice(0, pos)}${changed}${code.slice(pos + 1)}`;
        expect(checkCreditCode(mutated).valid).toBe(false);
      }),
    );
  });

  it('explains every problem in both languages', () => {
    const result = checkCreditCode('91310115132210581P');
    if (result.valid) throw new Error('expected invalid');
    expect(describeCreditCodeProblem(result.problem, 'zh-CN')).toContain('校验码');
    expect(describeCreditCodeProblem(result.problem, 'en')).toContain('check character');
  });
});
