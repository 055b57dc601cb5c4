/**
 * 审核通过 — an intake officer whose scope reaches the registration verifies it: the enterprise unit is found by
 * credit code or created (one per code), the staff account joins it with the enterprise-staff role and becomes
 * active. All in one transaction with its audit records.
 */
import type pg from 'pg';
import type { AuthContext } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { assertCanDecideRegistration } from './registration-access';
import { lockPendingRegistration, type PendingRegistration } from './registrations.repository';
import { addGrant, addMembership } from './users.repository';

/** The role a verified enterprise staff member receives in the enterprise's unit. */
export const ENTERPRISE_STAFF_ROLE = 'enterprise-staff';

export async function verifyRegistration(
  pool: pg.Pool,
  zoneId: string,
  auth: AuthContext,
  id: string,
  meta: AuditMeta,
): Promise<void> {
  await inTransaction(pool, (client) => verifyRegistrationIn(client, zoneId, auth, id, meta));
}

export async function verifyRegistrationIn(
  client: pg.ClientBase,
  zoneId: string,
  auth: AuthContext,
  id: string,
  meta: AuditMeta,
): Promise<void> {
  await assertCanDecideRegistration(client, auth, id);
  const registration = await lockPendingRegistration(client, id);
  const { unitId, created } = await findOrCreateEnterpriseUnit(client, zoneId, registration);
  await addMembership(client, registration.submitted_user_id, unitId);
  await addGrant(client, {
    userId: registration.submitted_user_id,
    roleId: ENTERPRISE_STAFF_ROLE,
    unitId,
    scope: 'unit',
    grantedBy: auth.user.id,
  });
  await client.query(`update users set status = 'active', updated_at = now() where id = $1 and status = 'pending'`, [
    registration.submitted_user_id,
  ]);
  await client.query(
    `update enterprise_registrations
        set status = 'verified', enterprise_unit_id = $2, reviewed_by = $3, reviewed_at = now()
      where id = $1`,
    [id, unitId, auth.user.id],
  );
  if (created) {
    await recordAudit(client, meta, {
      action: 'enterprise.create',
      objectType: 'org-unit',
      objectId: unitId,
      after: { creditCode: registration.credit_code, name: registration.enterprise_name },
    });
  }
  await recordAudit(client, meta, {
    action: 'registration.verify',
    objectType: 'enterprise-registration',
    objectId: id,
    before: { status: 'pending' },
    after: { status: 'verified', enterpriseUnitId: unitId, userId: registration.submitted_user_id },
  });
}

// One unit per credit code: two verifications racing for a new code meet at the unique key and share the unit.
async function findOrCreateEnterpriseUnit(
  client: pg.ClientBase,
  zoneId: string,
  registration: PendingRegistration,
): Promise<{ unitId: string; created: boolean }> {
  if (registration.enterprise_unit_id) return { unitId: registration.enterprise_unit_id, created: false };
  const unitId = `ent-${registration.credit_code.toLowerCase()}`;
  const inserted = await client.query(
    `insert into org_units (id, zone_id, kind, name, name_en, parent_id, attributes, source, verified, sort_order)
     values ($1, $2, 'enterprise', $3, $3, null, '{}', 'registration', true, 0)
     on conflict (id) do nothing`,
    [unitId, zoneId, registration.enterprise_name],
  );
  await client.query(
    `insert into enterprises (unit_id, credit_code, body_id, town_code) values ($1, $2, $3, $4)
     on conflict do nothing`,
    [unitId, registration.credit_code, registration.body_id, registration.town_code],
  );
  const existing = await client.query<{ unit_id: string }>('select unit_id from enterprises where credit_code = $1', [
    registration.credit_code,
  ]);
  return { unitId: existing.rows[0]!.unit_id, created: (inserted.rowCount ?? 0) > 0 };
}
