import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { AppError } from '../../../core/errors';
import { getAuth } from './auth-context';

/**
 * Route preHandler: 403 unless the caller holds the permission with a scope that reaches something. Which objects
 * it reaches is then the business of the list's SQL (scopeSql) or of checkAccess.
 */
export function requirePermission(permission: string): preHandlerAsyncHookHandler {
  return async function checkPermission(request: FastifyRequest) {
    if (!getAuth(request).can(permission)) throw new AppError('FORBIDDEN', { permission });
  };
}
