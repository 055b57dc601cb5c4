/**
 * 密码 — argon2id hashes (OWASP's minimum: 19 MiB, 2 passes, 1 lane; the library's defaults) and the password
 * policy as an AppError. Verifying against an unknown user still costs one argon2 run, so response times do not
 * reveal which usernames exist.
 */
import { hash, verify } from '@node-rs/argon2';
import { checkPassword, describePasswordProblem } from '../../../core/access/password-policy';
import { AppError } from '../../../core/errors';

export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** True when `password` matches `passwordHash`; a null hash (unknown user) is checked against a dummy and fails. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const target = passwordHash ?? (await dummyHash());
  try {
    const matches = await verify(target, password);
    return matches && passwordHash !== null;
  } catch {
    // A malformed stored hash is a failed sign-in, not a 500 that tells the caller something is special.
    return false;
  }
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hash('zjsc dummy password, never matches anything 0');
  return dummy;
}

/** Throws PASSWORD_TOO_WEAK naming `field` and every rule the password breaks. */
export function assertPasswordPolicy(password: string, field: string, username?: string): void {
  const problems = checkPassword(password, username);
  if (problems.length === 0) return;
  throw new AppError('PASSWORD_TOO_WEAK', {
    field,
    problems,
    problemsZh: problems.map((p) => describePasswordProblem(p, 'zh-CN')).join('；'),
    problemsEn: problems.map((p) => describePasswordProblem(p, 'en')).join('; '),
  });
}
