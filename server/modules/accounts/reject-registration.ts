import type pg from 'pg';
import type { AuthContext } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { assertCanDecideRegistration } from './registration-access';
import { lockPendingRegistration } from './registrations.repository';
import { setUserStatus } from './users.repository';

export async function rejectRegistration(pool: pg.Pool, auth: AuthContext, id: string, reason: string, meta: AuditMeta): Promise<void> {
  await inTransaction(pool, (client) => rejectRegistrationIn(client, auth, id, reason, meta));
}

/** 拒绝注册 — the registration is rejected with a reason; its account, never activated, is disabled. */
export async function rejectRegistrationIn(
  client: pg.ClientBase,
  auth: AuthContext,
  id: string,
  reason: string,
  meta: AuditMeta,
): Promise<void> {
  await assertCanDecideRegistration(client, auth, id);
  const registration = await lockPendingRegistration(client, id);
  await client.query(
    `update enterprise_registrations set status = 'rejected', reason = $2, reviewed_by = $3, reviewed_at = now()
      where id = $1`,
    [id, reason, auth.user.id],
  );
  const { rows } = await client.query<{ status: string }>('select status from users where id = $1', [registration.submitted_user_id]);
  if (rows[0]?.status === 'pending') await setUserStatus(client, registration.submitted_user_id, 'disabled');
  await recordAudit(client, meta, {
    action: 'registration.reject',
    objectType: 'enterprise-registration',
    objectId: id,
    before: { status: 'pending' },
    after: { status: 'rejected', reason },
  });
}

