import { describe, expect, it } from 'vitest';
import { creditCodeRule, passwordRule, sameAsRule, USERNAME_PATTERN } from './form-rules';

type Validator = (rule: unknown, value: unknown) => Promise<void>;
const validate = (rule: unknown, value: unknown) => (rule as { validator: Validator }).validator({}, value);

describe('form rules', () => {
  it.each([
    ['Demo@2026', undefined],
    ['', undefined],
    ['short1', '至少 8 个字符'],
    ['abcdefgh', '须包含数字'],
  ])('password %j → %s', async (value, problem) => {
    const result = validate(passwordRule('zh-CN'), value);
    if (problem) await expect(result).rejects.toThrow(problem);
    else await expect(result).resolves.toBeUndefined();
  });

  it('refuses a password that contains the username, in English too', async () => {
    await expect(validate(passwordRule('en', () => 'alice'), 'alice2026x')).rejects.toThrow('must not contain the username');
  });

  it.each([
    ['91310115MA1HN3C55N', undefined],
    ['91310115MA1HN3C55', '18'],
    ['91310115MA1HN3C5SN', '“S”'],
    ['91310115MA1HN3C550', '校验码错误'],
  ])('credit code %s → %s', async (value, problem) => {
    const result = validate(creditCodeRule('zh-CN'), value);
    if (problem) await expect(result).rejects.toThrow(problem);
    else await expect(result).resolves.toBeUndefined();
  });

  it('compares the confirmation with the field it repeats', async () => {
    const form = { getFieldValue: () => 'Demo@2026' };
    await expect(validate(sameAsRule('password', 'differs')(form), 'Demo@2026')).resolves.toBeUndefined();
    await expect(validate(sameAsRule('password', 'differs')(form), 'Demo@2027')).rejects.toThrow('differs');
  });

  it.each([
    ['ent-zj', true],
    ['a', false],
    ['-lead', false],
    ['name with space', false],
  ])('username %j fits: %s', (username, expected) => {
    expect(USERNAME_PATTERN.test(username)).toBe(expected);
  });
});
