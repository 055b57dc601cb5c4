import type { FastifyInstance } from 'fastify';
import type { Database } from './platform/db/open-database';
import { healthRoutes } from './modules/health';
import { zoneRoutes } from './modules/zone';
import { VERSION } from './platform/version';

export interface ModuleContext {
  db: Database;
  zoneId: string;
}

/** Every module's routes, in one list: adding a module is one line here. */
export function moduleRegistrar(context: ModuleContext): (app: FastifyInstance) => Promise<void> {
  const { db, zoneId } = context;
  return async (app) => {
    await app.register(healthRoutes, { pool: db.pool, databaseKind: db.kind, version: VERSION });
    await app.register(zoneRoutes, { pool: db.pool, zoneId });
  };
}
