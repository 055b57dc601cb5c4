import type pg from 'pg';
import { AppError } from '../../../core/errors';
import type { AuthContext } from '../../platform/auth';
import { AccountsPermission } from './accounts.permissions';
import { presentRegistration } from './present-registration';
import { findRegistrationRow } from './registrations.repository';

/** 注册申请详情 — 404 alike for a registration that does not exist and one outside the caller's scope. */
export async function getRegistration(pool: pg.Pool, auth: AuthContext, id: string) {
  const row = await findRegistrationRow(pool, auth.filterFor(AccountsPermission.RegistrationRead), id);
  if (!row) throw new AppError('NOT_FOUND', { what: `registration ${id}` });
  return presentRegistration(auth, row);
}
