import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Database } from './platform/db/open-database';
import { accountsRoutes } from './modules/accounts';
import { auditRoutes } from './modules/audit';
import { casesRoutes } from './modules/cases';
import { healthRoutes } from './modules/health';
import { policiesRoutes } from './modules/policies';
import { registryRoutes } from './modules/registry';
import { territoryRoutes } from './modules/territory';
import { zoneRoutes } from './modules/zone';
import { installAuditSealer } from './platform/audit';
import { DEFAULT_AUTH_SETTINGS, installAuth, keepIdentityCache, type AuthSettings } from './platform/auth';
import type { JobRunner } from './platform/jobs';
import { VERSION } from './platform/version';

export interface ModuleContext {
  db: Database;
  zoneId: string;
  /** Session lifetimes and sign-in throttling; defaults when omitted. */
  auth?: AuthSettings;
  /** Where modules keep files (registry uploads under registry-uploads/); the OS temp folder when omitted. */
  dataDir?: string;
  /** Largest registry upload accepted; the registry's default when omitted. */
  registryUploadLimitBytes?: number;
  /** The job runner modules schedule their jobs on; without it (tests) no job is scheduled. */
  jobs?: JobRunner;
}

/** Every module's routes, in one list: adding a module is one line here. */
export function moduleRegistrar(context: ModuleContext): (app: FastifyInstance) => Promise<void> {
  const { db, zoneId } = context;
  const settings = context.auth ?? DEFAULT_AUTH_SETTINGS;
  return async (app) => {
    // First, so the authentication hook covers every module's routes (all /api routes but the public list).
    await installAuth(app, { pool: db.pool, settings });
    installAuditSealer(app, db.pool);
    await app.register(healthRoutes, { pool: db.pool, databaseKind: db.kind, version: VERSION });
    await app.register(zoneRoutes, { pool: db.pool, zoneId });
    await app.register(accountsRoutes, { pool: db.pool, zoneId, settings });
    await app.register(territoryRoutes, { pool: db.pool, zoneId });
    await app.register(auditRoutes, { pool: db.pool });
    // Modules whose writes never touch identities: their writes leave the identity cache warm.
    await app.register(async (scope) => {
      keepIdentityCache(scope);
      await scope.register(policiesRoutes, { pool: db.pool, zoneId });
      await scope.register(casesRoutes, { pool: db.pool, zoneId, now: () => settings.now(), ...(context.jobs ? { jobs: context.jobs } : {}) });
      await scope.register(registryRoutes, {
        pool: db.pool,
        zoneId,
        uploadDir: path.join(context.dataDir ?? os.tmpdir(), 'registry-uploads'),
        ...(context.registryUploadLimitBytes ? { uploadLimitBytes: context.registryUploadLimitBytes } : {}),
      });
    });
  };
}
