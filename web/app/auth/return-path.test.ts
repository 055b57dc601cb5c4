import { describe, expect, it } from 'vitest';
import { loginPathFor, safeReturnPath } from './return-path';

describe('loginPathFor', () => {
  it.each([
    ['/accounts/registrations?status=pending', null, '/login?next=%2Faccounts%2Fregistrations%3Fstatus%3Dpending'],
    ['/audit', 'expired', '/login?next=%2Faudit&reason=expired'],
    ['/', null, '/login'],
    ['/', 'signed-out', '/login?reason=signed-out'],
  ] as const)('%s (%s) → %s', (path, reason, expected) => {
    expect(loginPathFor(path, reason)).toBe(expected);
  });

  it('round-trips through safeReturnPath', () => {
    const path = '/accounts/users?page=3#top';
    const next = new URLSearchParams(loginPathFor(path).split('?')[1]).get('next');
    expect(safeReturnPath(next)).toBe(path);
  });
});

describe('safeReturnPath', () => {
  it.each([
    ['/audit?actor=admin', '/audit?actor=admin'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/login?next=/audit', '/'],
    ['/register', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeReturnPath(next)).toBe(expected);
  });
});
