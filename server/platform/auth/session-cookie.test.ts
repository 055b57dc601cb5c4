import type { FastifyReply, FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_SETTINGS } from './auth-settings';
import { SESSION_COOKIE, setSessionCookie } from './session-cookie';

function capture(protocol: 'http' | 'https') {
  const calls: unknown[][] = [];
  const reply = { setCookie: (...args: unknown[]) => calls.push(args) } as unknown as FastifyReply;
  setSessionCookie({ protocol } as FastifyRequest, reply, 'token', DEFAULT_AUTH_SETTINGS);
  return calls[0]!;
}

describe('setSessionCookie', () => {
  it.each([
    ['http', false],
    ['https', true],
  ] as const)('over %s sets HttpOnly, SameSite=Lax, Secure=%s, lasting the absolute timeout', (protocol, secure) => {
    expect(capture(protocol)).toEqual([
      SESSION_COOKIE,
      'token',
      { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 12 * 3600 },
    ]);
  });
});
