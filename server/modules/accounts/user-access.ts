import type pg from 'pg';
import type { ScopeFilter } from '../../../core/access/data-scope';
import { AppError } from '../../../core/errors';
import { assertAccess, type AuthContext } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { userObject } from './accounts.policy';

/** Throws unless the caller may manage this user: 404 if they cannot see the user, 403 if they only see them. */
export async function assertCanManageUser(db: pg.Pool | pg.ClientBase, auth: AuthContext, userId: string): Promise<void> {
  await assertAccess(db, auth, userObject, userId, {
    act: AccountsPermission.UserManage,
    read: AccountsPermission.UserRead,
  }, 'user');
}

/**
 * Whether a filter lets one place people in (or grant in) a unit: the whole zone, or the unit among its units.
 * Territory and own scopes reach records, not the organisation, so they never do.
 */
export function canPlaceInUnit(filter: ScopeFilter, unitId: string): boolean {
  return filter.all || filter.unitIds.includes(unitId);
}

export function assertCanPlaceInUnit(filter: ScopeFilter, unitId: string): void {
  if (!canPlaceInUnit(filter, unitId)) throw new AppError('FORBIDDEN', { unitId });
}
