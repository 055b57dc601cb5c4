/**
 * Test support for integration tests of the HTTP API (not itself a test): a cloned database with the zone pack, the
 * expert pool and the demo accounts; the real module wiring (auth hook + routes) on a Fastify app; a clock the
 * tests move; and helpers that sign in and call the API like a browser (cookie + X-CSRF-Token).
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import { createAuthSettings, SESSION_COOKIE, type AuthSettings } from '../platform/auth';
import { createApp } from '../platform/http/create-app';
import type { Logger } from '../platform/logger';
import { moduleRegistrar, type ModuleContext } from '../register-modules';
import { createTestDatabase, type TestDatabase } from './test-database';
import { DEMO_PASSWORD, ensureExpertPool, seedDemoAccounts } from '../modules/accounts';

/** A clock that only moves when a test says so. */
export interface TestClock {
  now: Date;
  advance(ms: number): void;
}

export interface AccountsTestApp {
  app: FastifyInstance;
  db: TestDatabase;
  settings: AuthSettings;
  clock: TestClock;
  close(): Promise<void>;
}

/** Module settings for the app, and `prepare`, which writes to the database before the modules start and load it. */
export interface TestAppOptions extends Pick<ModuleContext, 'dataDir' | 'registryUploadLimitBytes'> {
  prepare?: (db: TestDatabase) => Promise<void>;
}

export async function createAccountsTestApp(
  overrides: Partial<AuthSettings> = {},
  { prepare, ...modules }: TestAppOptions = {},
): Promise<AccountsTestApp> {
  const db = await createTestDatabase();
  await ensureExpertPool(db.pool, 'zhangjiang');
  await seedDemoAccounts(db.pool, 'zhangjiang');
  await prepare?.(db);
  const clock: TestClock = {
    now: new Date(),
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const settings = createAuthSettings({ now: () => clock.now, ...overrides });
  const app = await createApp({
    logger: pino({ level: 'silent' }) as Logger,
    version: 'test',
    bodyLimitBytes: 1_048_576,
    registerModules: moduleRegistrar({
      db: { pool: db.pool, kind: 'external', connectionString: db.connectionString, close: async () => undefined },
      zoneId: 'zhangjiang',
      auth: settings,
      ...modules,
    }),
  });
  return {
    app,
    db,
    settings,
    clock,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** A signed-in browser: its session cookie and CSRF token. */
export interface TestSession {
  username: string;
  cookie: string;
  csrfToken: string;
  me: { user: { id: string; mustChangePassword: boolean }; actingUnit: { id: string } | null; permissions: string[] };
}

export async function logIn(app: FastifyInstance, username: string, password = DEMO_PASSWORD, cookie?: string): Promise<TestSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    ...(cookie ? { cookies: { [SESSION_COOKIE]: cookie } } : {}),
  });
  if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const me = response.json() as TestSession['me'] & { csrfToken: string };
  return { username, cookie: sessionCookieOf(response)!, csrfToken: me.csrfToken, me };
}

export function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
}

/**
 * Calls the API as the session's browser would: the cookie always, the CSRF header on state changes; a null session
 * calls anonymously.
 */
export function call(
  app: FastifyInstance,
  session: Pick<TestSession, 'cookie' | 'csrfToken'> | null,
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
