import type pg from 'pg';
import { assertAccess, type AuthContext } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { registrationObject } from './accounts.policy';

/** Throws unless the caller may decide this registration: 404 if they cannot read it, 403 if only read it. */
export async function assertCanDecideRegistration(db: pg.Pool | pg.ClientBase, auth: AuthContext, id: string): Promise<void> {
  await assertAccess(db, auth, registrationObject, id, {
    act: AccountsPermission.RegistrationVerify,
    read: AccountsPermission.RegistrationRead,
  }, 'registration');
}
