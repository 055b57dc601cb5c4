import { describe, expect, it } from 'vitest';
import { csrfTokenOf, generateApiToken, generateSessionToken, isSameDigest, parseApiToken, sessionIdOf, sha256Hex } from './session-token';

describe('session tokens', () => {
  it('are 32 random bytes, never repeated', () => {
    const tokens = new Set(Array.from({ length: 100 }, generateSessionToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('are stored as their sha256, and the CSRF token is derived, stable and different', () => {
    const token = generateSessionToken();
    expect(sessionIdOf(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionIdOf(token)).not.toContain(token);
    expect(csrfTokenOf(token)).toBe(csrfTokenOf(token));
    expect(csrfTokenOf(token)).not.toBe(csrfTokenOf(generateSessionToken()));
    expect(csrfTokenOf(token)).not.toBe(token);
  });

  it('compares digests in constant time and rejects empty or unequal ones', () => {
    const a = sha256Hex('a');
    expect(isSameDigest(a, sha256Hex('a'))).toBe(true);
    expect(isSameDigest(a, sha256Hex('b'))).toBe(false);
    expect(isSameDigest('', '')).toBe(false);
    expect(isSameDigest(a, 'zz')).toBe(false);
  });
});

describe('API tokens', () => {
  it('carry a public id that parses back', () => {
    const { id, token, hash } = generateApiToken();
    expect(id).toMatch(/^[a-z0-9]{12}$/);
    expect(parseApiToken(token)).toBe(id);
    expect(hash).toBe(sha256Hex(token));
  });

  it.each(['', 'zjsc_', 'bearer', 'zjsc_ABCDEFGHIJKL_x', `zjsc_abcdefghijkl_${'a'.repeat(42)}`])('rejects %j', (token) => {
    expect(parseApiToken(token)).toBeNull();
  });
});
