import type { FastifyInstance } from 'fastify';
import type { Database } from './platform/db/open-database';
import { accountsRoutes } from './modules/accounts';
import { auditRoutes } from './modules/audit';
import { healthRoutes } from './modules/health';
import { territoryRoutes } from './modules/territory';
import { zoneRoutes } from './modules/zone';
import { DEFAULT_AUTH_SETTINGS, installAuth, type AuthSettings } from './platform/auth';
import { VERSION } from './platform/version';

export interface ModuleContext {
  db: Database;
  zoneId: string;
  /** Session lifetimes and sign-in throttling; defaults when omitted. */
  auth?: AuthSettings;
}

/** Every module's routes, in one list: adding a module is one line here. */
export function moduleRegistrar(context: ModuleContext): (app: FastifyInstance) => Promise<void> {
  const { db, zoneId } = context;
  const settings = context.auth ?? DEFAULT_AUTH_SETTINGS;
  return async (app) => {
    // First, so the authentication hook covers every module's routes (all /api routes but the public list).
    await installAuth(app, { pool: db.pool, settings });
    await app.register(healthRoutes, { pool: db.pool, databaseKind: db.kind, version: VERSION });
    await app.register(zoneRoutes, { pool: db.pool, zoneId });
    await app.register(accountsRoutes, { pool: db.pool, zoneId, settings });
    await app.register(territoryRoutes, { pool: db.pool, zoneId });
    await app.register(auditRoutes, { pool: db.pool });
  };
}
