/**
 * Test support for the territory integration tests (not itself a test): a cloned database with the zone pack and
 * the demo accounts, the real module wiring (auth hook + every module's routes) on a Fastify app, and helpers that
 * sign in and call the API like a browser (cookie + X-CSRF-Token).
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import { SESSION_COOKIE } from '../../platform/auth';
import { createApp } from '../../platform/http/create-app';
import type { Logger } from '../../platform/logger';
import { moduleRegistrar } from '../../register-modules';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { DEMO_PASSWORD, seedDemoAccounts } from '../accounts';

export interface TerritoryTestApp {
  app: FastifyInstance;
  db: TestDatabase;
  close(): Promise<void>;
}

export async function createTerritoryTestApp(): Promise<TerritoryTestApp> {
  const db = await createTestDatabase();
  await seedDemoAccounts(db.pool, 'zhangjiang');
  const app = await createApp({
    logger: pino({ level: 'silent' }) as Logger,
    version: 'test',
    bodyLimitBytes: 1_048_576,
    registerModules: moduleRegistrar({
      db: { pool: db.pool, kind: 'external', connectionString: db.connectionString, close: async () => undefined },
      zoneId: 'zhangjiang',
    }),
  });
  return {
    app,
    db,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** A signed-in browser. */
export interface Session {
  cookie: string;
  csrfToken: string;
}

export async function signIn(app: FastifyInstance, username: string): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  return { cookie: cookie!, csrfToken: (response.json() as { csrfToken: string }).csrfToken };
}

/** Calls the API as the session's browser would; `session` null calls anonymously. */
export function call(
  app: FastifyInstance,
  session: Session | null,
  method: InjectOptions['method'],
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    ...(session ? { cookies: { [SESSION_COOKIE]: session.cookie } } : {}),
    headers: { ...(session && method !== 'GET' ? { 'x-csrf-token': session.csrfToken } : {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
  });
}
