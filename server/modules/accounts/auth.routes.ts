/** 认证路由 — sign in and out, the current user, acting unit, password, and one's own sessions. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  authenticateSession,
  clearSessionCookie,
  getAuth,
  readSessionCookie,
  setSessionCookie,
} from '../../platform/auth';
import { emptyBody, loginBody, meSchema, passwordInput, sessionSchema } from './accounts.schema';
import type { AccountsRoutesOptions } from './accounts-routes-options';
import { auditMetaOf } from '../../platform/audit';
import { changePassword } from './change-password';
import { endOtherSessions } from './end-other-sessions';
import { endSession } from './end-session';
import { listSessions } from './list-sessions';
import { logIn } from './log-in';
import { logOut } from './log-out';
import { presentMe } from './present-me';
import { switchActingUnit } from './switch-acting-unit';

const tags = ['auth'];

export async function authRoutes(instance: FastifyInstance, opts: AccountsRoutesOptions): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { pool, settings } = opts;

  app.post(
    '/api/auth/login',
    { schema: { tags, summary: 'Sign in; sets the session cookie', body: loginBody, response: { 200: meSchema } } },
    async (request, reply) => {
      const session = await logIn(
        pool,
        settings,
        { ...request.body, userAgent: request.headers['user-agent'] ?? null, previousToken: readSessionCookie(request) },
        auditMetaOf(request),
      );
      setSessionCookie(request, reply, session.token, settings);
      return presentMe(pool, await authenticateSession(pool, session.token, settings));
    },
  );

  app.post('/api/auth/logout', { schema: { tags, summary: 'Sign out (revokes this session)', body: emptyBody.nullish() } }, async (request, reply) => {
    await logOut(pool, settings, getAuth(request), auditMetaOf(request));
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  app.get('/api/auth/me', { schema: { tags, summary: 'The signed-in user', response: { 200: meSchema } } }, async (request) =>
    presentMe(pool, getAuth(request)),
  );

  app.post(
    '/api/auth/acting-unit',
    {
      schema: {
        tags,
        summary: 'Act for another of one\u2019s units',
        body: z.strictObject({ unitId: z.string().min(1).max(64) }),
        response: { 200: meSchema },
      },
    },
    async (request) => {
      await switchActingUnit(pool, getAuth(request), request.body.unitId, auditMetaOf(request));
      return presentMe(pool, await authenticateSession(pool, readSessionCookie(request)!, settings));
    },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Change one\u2019s password (signs out the other sessions)',
        body: z.strictObject({ currentPassword: passwordInput, newPassword: passwordInput }),
        response: { 200: z.object({ revokedSessions: z.number().int() }) },
      },
    },
    async (request) => changePassword(pool, settings, getAuth(request), request.body, auditMetaOf(request)),
  );

  app.get(
    '/api/auth/sessions',
    { schema: { tags, summary: 'One\u2019s live sessions', response: { 200: z.array(sessionSchema) } } },
    async (request) => listSessions(pool, settings, getAuth(request)),
  );

  app.delete(
    '/api/auth/sessions/:id',
    { schema: { tags, summary: 'End one of one\u2019s sessions', params: z.strictObject({ id: z.string().regex(/^[0-9a-f]{64}$/) }) } },
    async (request, reply) => {
      await endSession(pool, settings, getAuth(request), request.params.id, auditMetaOf(request));
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/auth/sessions/revoke-others',
    {
      schema: {
        tags,
        summary: 'Sign out everywhere else',
        body: emptyBody.nullish(),
        response: { 200: z.object({ revoked: z.number().int() }) },
      },
    },
    async (request) => endOtherSessions(pool, settings, getAuth(request), auditMetaOf(request)),
  );
}
