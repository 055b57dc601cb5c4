import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { assertDeclaredPermissions, findRoleRow } from './roles.repository';

/** 修改角色 — names and permissions; takes effect on every holder's next request. */
export async function updateRole(
  pool: pg.Pool,
  id: string,
  input: { name?: string | undefined; nameEn?: string | undefined; permissions?: string[] | undefined },
  meta: AuditMeta,
): Promise<void> {
  await inTransaction(pool, async (client) => {
    const before = await findRoleRow(client, id, true);
    if (!before) throw new AppError('NOT_FOUND', { what: `role ${id}` });
    const permissions = input.permissions ? [...new Set(input.permissions)].sort() : before.permissions;
    assertDeclaredPermissions(permissions, before.permissions);
    const after = { name: input.name ?? before.name, nameEn: input.nameEn ?? before.nameEn, permissions };
    await client.query('update roles set name = $2, name_en = $3, permissions = $4, updated_at = now() where id = $1', [
      id,
      after.name,
      after.nameEn,
      after.permissions,
    ]);
    await recordAudit(client, meta, {
      action: 'role.update',
      objectType: 'role',
      objectId: id,
      before: { name: before.name, nameEn: before.nameEn, permissions: before.permissions },
      after,
    });
  });
}
