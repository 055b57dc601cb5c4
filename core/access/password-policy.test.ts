import { describe, expect, it } from 'vitest';
import { checkPassword, describePasswordProblem, type PasswordProblem } from './password-policy';

describe('checkPassword', () => {
  it.each<[string, string | undefined, PasswordProblem[]]>([
    ['Demo@2026', undefined, []],
    ['abcdefg1', undefined, []],
    ['张江科学城2026年', undefined, []],
    ['abc1', undefined, ['too-short']],
    ['abcdefgh', undefined, ['no-digit']],
    ['12345678', undefined, ['no-letter']],
    ['', undefined, ['too-short', 'no-letter', 'no-digit']],
    [`a1${'x'.repeat(127)}`, undefined, ['too-long']],
    ['alice2026!', 'alice', ['contains-username']],
    ['ALICE2026!', 'alice', ['contains-username']],
    ['ab2026xyz', 'ab', []],
  ])('%j (user %s) → %j', (password, username, expected) => {
    expect(checkPassword(password, username)).toEqual(expected);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('张江科学城a1')).toEqual(['too-short']);
  });

  it('explains every problem in both languages', () => {
    const problems: PasswordProblem[] = ['too-short', 'too-long', 'no-letter', 'no-digit', 'contains-username'];
    for (const problem of problems) {
      expect(describePasswordProblem(problem, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
      expect(describePasswordProblem(problem, 'en')).toMatch(/[a-z]/);
    }
  });
});
