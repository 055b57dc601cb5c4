import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { inTransaction } from '../../platform/db/transaction';
import { recordAudit, type AuditMeta } from '../../platform/audit';
import { assertDeclaredPermissions, findRoleRow } from './roles.repository';

/** 新建角色 — a bundle of declared permissions under a new id. */
export async function createRole(
  pool: pg.Pool,
  input: { id: string; name: string; nameEn: string; permissions: string[] },
  meta: AuditMeta,
): Promise<void> {
  const permissions = [...new Set(input.permissions)].sort();
  assertDeclaredPermissions(permissions);
  await inTransaction(pool, async (client) => {
    if (await findRoleRow(client, input.id)) {
      throw new AppError('VALIDATION_FAILED', { issues: [`body.id: a role "${input.id}" exists`], fields: [{ field: 'body.id', message: 'taken' }] });
    }
    await client.query('insert into roles (id, name, name_en, permissions) values ($1, $2, $3, $4)', [
      input.id,
      input.name,
      input.nameEn,
      permissions,
    ]);
    await recordAudit(client, meta, { action: 'role.create', objectType: 'role', objectId: input.id, after: { ...input, permissions } });
  });
}
