import type pg from 'pg';
import { AppError, isAppError } from '../../../core/errors';
import { checkAccess, type AuthContext } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { AccountsPermission } from './accounts.permissions';
import { registrationObject } from './accounts.policy';
import type { AuditMeta } from '../../platform/audit';
import { rejectRegistrationIn } from './reject-registration';
import { verifyRegistrationIn } from './verify-registration';

/**
 * 批量审核 — verifies or rejects several registrations: checkAccess picks those the caller may decide, each is
 * decided in its own transaction, and the rest are reported as skipped without saying why (out of scope, absent
 * and already decided look alike to the caller).
 */
export async function decideRegistrations(
  pool: pg.Pool,
  zoneId: string,
  auth: AuthContext,
  input: { ids: string[]; decision: 'verify' | 'reject'; reason?: string | undefined },
  meta: AuditMeta,
): Promise<{ decided: string[]; skipped: string[] }> {
  if (input.decision === 'reject' && !input.reason) {
    throw new AppError('VALIDATION_FAILED', { issues: ['body.reason: a reason is required to reject'], fields: [{ field: 'body.reason', message: 'required' }] });
  }
  const permitted = new Set(
    await checkAccess(pool, auth, AccountsPermission.RegistrationVerify, registrationObject, input.ids),
  );
  const decided: string[] = [];
  for (const id of input.ids.filter((candidate) => permitted.has(candidate))) {
    try {
      await inTransaction(pool, (client) =>
        input.decision === 'verify'
          ? verifyRegistrationIn(client, zoneId, auth, id, meta)
          : rejectRegistrationIn(client, auth, id, input.reason ?? '', meta),
      );
      decided.push(id);
    } catch (error) {
      if (!isAppError(error) || error.status >= 500) throw error;
    }
  }
  return { decided, skipped: input.ids.filter((id) => !decided.includes(id)) };
}
