/** 账号模块路由 — every route of the module, registered together. */
import type { FastifyInstance } from 'fastify';
import type { AccountsRoutesOptions } from './accounts-routes-options';
import { authRoutes } from './auth.routes';
import { registrationRoutes } from './registrations.routes';
import { roleRoutes } from './roles.routes';
import { unitAndTokenRoutes } from './units-tokens.routes';
import { userRoutes } from './users.routes';

export async function accountsRoutes(app: FastifyInstance, opts: AccountsRoutesOptions): Promise<void> {
  await app.register(authRoutes, opts);
  await app.register(userRoutes, opts);
  await app.register(roleRoutes, opts);
  await app.register(unitAndTokenRoutes, opts);
  await app.register(registrationRoutes, opts);
}
