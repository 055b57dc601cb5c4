import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with argon2id and a fresh salt, and verifies', async () => {
    const first = await hashPassword('Demo@2026');
    const second = await hashPassword('Demo@2026');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, 'Demo@2026')).toBe(true);
    expect(await verifyPassword(first, 'demo@2026')).toBe(false);
  });

  it('fails for an unknown user (null hash) and for a malformed hash, without throwing', async () => {
    expect(await verifyPassword(null, 'zjsc dummy password, never matches anything 0')).toBe(false);
    expect(await verifyPassword('not a hash', 'Demo@2026')).toBe(false);
  });

  it('names the field and every broken rule when the policy is not met', () => {
    try {
      assertPasswordPolicy('abc', 'newPassword');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.code).toBe('PASSWORD_TOO_WEAK');
      expect(appError.details.problems).toEqual(['too-short', 'no-digit']);
      expect(appError.localizedMessage('en')).toBe('Password too weak (newPassword): at least 8 characters; must contain a digit');
      expect(appError.localizedMessage('zh-CN')).toContain('至少 8 个字符');
    }
    expect(() => assertPasswordPolicy('Demo@2026', 'password')).not.toThrow();
  });
});
