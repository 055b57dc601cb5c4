import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthSettings } from './auth-settings';

/** The session cookie: HttpOnly (scripts never see it), SameSite=Lax, Secure when the request came over https. */
export const SESSION_COOKIE = 'zjsc_session';

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, settings: AuthSettings): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: Math.floor(settings.absoluteTimeoutMs / 1000),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
}

export function readSessionCookie(request: FastifyRequest): string | null {
  const value = request.cookies[SESSION_COOKIE];
  return value && value.length <= 128 ? value : null;
}
