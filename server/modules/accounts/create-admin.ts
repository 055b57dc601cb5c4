import type pg from 'pg';
import { assertPasswordPolicy, hashPassword } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, SYSTEM_AUDIT_META } from '../../platform/audit';
import { getZoneRootUnitId } from './ensure-expert-pool';
import { normalizeNewUsername } from './normalize-username';
import { addGrant, addMembership, insertUser } from './users.repository';

/** The administrator role every installation starts with. */
export const PLATFORM_ADMIN_ROLE = 'platform-admin';

/**
 * 创建管理员 — `zjsc user create-admin`: a platform administrator in the zone's root unit with a whole-zone grant.
 * Production starts without any account; this is how the first one is made.
 */
export async function createAdmin(
  pool: pg.Pool,
  zoneId: string,
  input: { username: string; password: string; displayName?: string },
): Promise<{ id: string; username: string; unitId: string }> {
  const username = normalizeNewUsername(input.username, 'username');
  assertPasswordPolicy(input.password, 'password', username);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(pool, async (client) => {
    const unitId = await getZoneRootUnitId(client, zoneId);
    const id = await insertUser(client, {
      username,
      displayName: input.displayName ?? username,
      passwordHash,
      status: 'active',
      mustChangePassword: false,
    });
    await addMembership(client, id, unitId);
    await addGrant(client, { userId: id, roleId: PLATFORM_ADMIN_ROLE, unitId, scope: 'zone', grantedBy: null });
    await recordAudit(client, SYSTEM_AUDIT_META, {
      action: 'user.create-admin',
      objectType: 'user',
      objectId: id,
      after: { username, unitId, roleId: PLATFORM_ADMIN_ROLE, scope: 'zone' },
    });
    return { id, username, unitId };
  });
}
