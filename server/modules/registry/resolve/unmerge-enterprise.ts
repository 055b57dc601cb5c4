/**
 * 拆分企业 — a reviewer takes one source record out of an enterprise: it becomes an enterprise of its own, the rest
 * stays together (and keeps the credit code and any manual location), and "different firm" decisions between the
 * record and each of the others make the next full resolution agree. Scope-checked on the enterprise; audited.
 */
import type pg from 'pg';
import { AppError } from '../../../../core/errors';
import { assertAccess, type AuthContext } from '../../../platform/auth';
import { inTransaction } from '../../../platform/db/transaction';
import type { Territory } from '../../territory';
import { rebuildEnterprises } from './rebuild-enterprises';
import { ENTERPRISE_OBJECT, REVIEW_PERMISSIONS } from './review-access';
import { recordAudit, type AuditMeta } from '../../../platform/audit';
import { lockRegistry } from './registry-lock';

export async function unmergeEnterprise(
  pool: pg.Pool,
  zoneId: string,
  territory: Territory,
  auth: AuthContext,
  input: { enterpriseId: string; recordId: string },
  meta: AuditMeta,
): Promise<{ enterpriseId: string; newEnterpriseId: string }> {
  return inTransaction(pool, async (client) => {
    await lockRegistry(client, zoneId);
    await assertAccess(client, auth, ENTERPRISE_OBJECT, input.enterpriseId, REVIEW_PERMISSIONS, 'enterprise');
    const { rows } = await client.query<{ record_id: string }>(
      'select record_id from registry_record_links where enterprise_id = $1 order by record_id for update',
      [input.enterpriseId],
    );
    const members = rows.map((r) => r.record_id);
    if (!members.includes(input.recordId)) {
      throw new AppError('REGISTRY_RECORD_NOT_LINKED', { field: 'recordId', fields: ['recordId'], recordId: input.recordId, enterpriseId: input.enterpriseId });
    }
    if (members.length < 2) throw new AppError('REGISTRY_UNMERGE_SINGLE', { enterpriseId: input.enterpriseId });
    const others = members.filter((id) => id !== input.recordId);
    await client.query(
      `insert into registry_match_decisions (zone_id, record_a, record_b, decision, decided_by)
       select $1, least($2::text, o), greatest($2::text, o), 'different', $4 from unnest($3::text[]) as o
       on conflict (zone_id, record_a, record_b) do update
          set decision = 'different', decided_by = excluded.decided_by, decided_at = now()`,
      [zoneId, input.recordId, others, auth.user.id],
    );
    const [enterpriseId, newEnterpriseId] = await rebuildEnterprises(client, zoneId, territory, {
      recordSets: [others, [input.recordId]],
      previousEnterpriseIds: [input.enterpriseId],
      movedRecordIds: [],
      detachedRecordIds: [input.recordId],
    });
    await recordAudit(client, meta, {
      action: 'registry.enterprise.unmerge',
      objectType: 'registry-enterprise',
      objectId: input.enterpriseId,
      before: { enterpriseId: input.enterpriseId, records: members },
      after: { enterpriseId, records: others, newEnterpriseId, splitRecord: input.recordId },
    });
    return { enterpriseId: enterpriseId!, newEnterpriseId: newEnterpriseId! };
  });
}
