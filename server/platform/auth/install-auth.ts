/**
 * 认证钩子 — authenticates every /api request before its handler: a Bearer API token, or the session cookie
 * (whose state-changing requests must carry the session's X-CSRF-Token). Anything but the public routes answers
 * 401 without credentials. Non-API paths (the web UI's files) are left alone.
 */
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { AppError, isAppError } from '../../../core/errors';
import type { AuthContext } from './auth-context';
import type { AuthSettings } from './auth-settings';
import { createIdentityCache, type IdentityCache } from './identity-cache';
import { authenticateApiToken, authenticateSession } from './load-auth';
import { isPublicRoute, PUBLIC_API_ROUTES, type PublicRoute } from './public-routes';
import { readSessionCookie } from './session-cookie';
import { isSameDigest, sha256Hex } from './session-token';

export interface InstallAuthOptions {
  pool: pg.Pool;
  settings: AuthSettings;
  publicRoutes?: readonly PublicRoute[];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Call on the root instance before the modules register, so the hook covers every route. */
export async function installAuth(app: FastifyInstance, options: InstallAuthOptions): Promise<void> {
  const publicRoutes = options.publicRoutes ?? PUBLIC_API_ROUTES;
  await app.register(fastifyCookie);
  app.decorateRequest('auth', null);
  const cache = await createIdentityCache(options.pool, options.settings.identityCacheMs);
  app.addHook('onClose', () => cache.close());
  // A write may have changed someone's identity (a sign-out, a grant, a role): forget before the client hears back.
  // Routes of modules that never touch identity tables say so (`keepIdentityCache`): under load, a case action that
  // emptied the cache cost every other client a reload on its next request.
  app.addHook('onSend', async (request) => {
    if (!SAFE_METHODS.has(request.method) && request.routeOptions.config.keepsIdentity !== true) cache.clear();
  });
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0]!;
    if (!path.startsWith('/api/') && path !== '/api') return;
    const isPublic = isPublicRoute(publicRoutes, request.method, request.routeOptions.url ?? path);
    try {
      request.auth = await authenticate(request, options, cache);
    } catch (error) {
      // A stale cookie must not stop anyone from signing in again or reading public content.
      if (isPublic && isAppError(error)) return;
      throw error;
    }
    if (!request.auth && !isPublic) throw new AppError('UNAUTHENTICATED');
  });
}

async function authenticate(request: FastifyRequest, options: InstallAuthOptions, cache: IdentityCache): Promise<AuthContext | null> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new AppError('UNAUTHENTICATED');
    return authenticateApiToken(options.pool, match[1]!, options.settings, cache);
  }
  const token = readSessionCookie(request);
  if (!token) return null;
  const auth = await authenticateSession(options.pool, token, options.settings, cache);
  if (!SAFE_METHODS.has(request.method) && auth.via.kind === 'session') {
    const header = request.headers['x-csrf-token'];
    const given = typeof header === 'string' ? header : '';
    if (!isSameDigest(sha256Hex(given), sha256Hex(auth.via.csrfToken)) || given.length === 0) {
      throw new AppError('CSRF_TOKEN_INVALID');
    }
  }
  return auth;
}

/**
 * Marks every route registered in this plugin context (and its children) as one whose writes leave identities
 * alone (no sessions, users, grants, roles, memberships, units or coverage), so they do not empty the identity cache.
 * Should such a route ever change an identity table, the database's notification still empties the cache, a
 * moment later.
 */
export function keepIdentityCache(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, keepsIdentity: true };
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set by keepIdentityCache. */
    keepsIdentity?: boolean;
  }
}
