/**
 * 密码策略 — what a new password must satisfy. Pure, so the registration and profile forms check the same rules
 * the server enforces; every broken rule is reported (not just the first), in both languages.
 */

/** One rule a password breaks. */
export type PasswordProblem = 'too-short' | 'too-long' | 'no-letter' | 'no-digit' | 'contains-username';

export const PASSWORD_MIN_LENGTH = 8;
// argon2 hashes any length, but a cap keeps a sign-in request from becoming a CPU sink.
export const PASSWORD_MAX_LENGTH = 128;

export function checkPassword(password: string, username?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too-short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too-long');
  if (!/\p{L}/u.test(password)) problems.push('no-letter');
  if (!/\p{Nd}/u.test(password)) problems.push('no-digit');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('contains-username');
  }
  return problems;
}

export function describePasswordProblem(problem: PasswordProblem, locale: 'zh-CN' | 'en'): string {
  const zh = locale === 'zh-CN';
  switch (problem) {
    case 'too-short':
      return zh ? `至少 ${PASSWORD_MIN_LENGTH} 个字符` : `at least ${PASSWORD_MIN_LENGTH} characters`;
    case 'too-long':
      return zh ? `不超过 ${PASSWORD_MAX_LENGTH} 个字符` : `at most ${PASSWORD_MAX_LENGTH} characters`;
    case 'no-letter':
      return zh ? '须包含字母' : 'must contain a letter';
    case 'no-digit':
      return zh ? '须包含数字' : 'must contain a digit';
    case 'contains-username':
      return zh ? '不得包含用户名' : 'must not contain the username';
  }
}
