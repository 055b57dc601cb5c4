/**
 * 审核判定 — a reviewer says whether a pair from the review queue is one firm or two. The decision is stored (the
 * next full resolution honours it), the pair leaves the queue, and "same" merges the two enterprises at once. The
 * pair must be in the caller's review scope; decision, merge and audit record commit together, after any running
 * resolution (which would otherwise overwrite the merge).
 */
import type pg from 'pg';
import { AppError } from '../../../../core/errors';
import { assertAccess, type AuthContext } from '../../../platform/auth';
import { inTransaction } from '../../../platform/db/transaction';
import type { Territory } from '../../territory';
import { rebuildEnterprises } from './rebuild-enterprises';
import { REVIEW_ITEM_OBJECT, REVIEW_PERMISSIONS } from './review-access';
import { recordAudit, type AuditMeta } from '../../../platform/audit';
import { lockRegistry } from './registry-lock';

export async function decideReviewItem(
  pool: pg.Pool,
  zoneId: string,
  territory: Territory,
  auth: AuthContext,
  input: { itemId: number; decision: 'same' | 'different' },
  meta: AuditMeta,
): Promise<void> {
  await inTransaction(pool, async (client) => {
    await lockRegistry(client, zoneId);
    await assertAccess(client, auth, REVIEW_ITEM_OBJECT, String(input.itemId), REVIEW_PERMISSIONS, 'review item');
    const { rows } = await client.query<{ record_a: string; record_b: string; status: string; enterprise_a: string | null; enterprise_b: string | null }>(
      `select i.record_a, i.record_b, i.status, la.enterprise_id as enterprise_a, lb.enterprise_id as enterprise_b
         from registry_review_items i
         left join registry_record_links la on la.record_id = i.record_a
         left join registry_record_links lb on lb.record_id = i.record_b
        where i.zone_id = $1 and i.id = $2
        for update of i`,
      [zoneId, input.itemId],
    );
    const item = rows[0];
    if (!item) throw new AppError('NOT_FOUND', { what: `review item ${input.itemId}` });
    if (item.status !== 'open') throw new AppError('REGISTRY_REVIEW_DECIDED', { id: input.itemId });

    await client.query(
      `insert into registry_match_decisions (zone_id, record_a, record_b, decision, decided_by)
       values ($1, $2, $3, $4, $5)
       on conflict (zone_id, record_a, record_b) do update
          set decision = excluded.decision, decided_by = excluded.decided_by, decided_at = now()`,
      [zoneId, item.record_a, item.record_b, input.decision, auth.user.id],
    );
    await client.query(`update registry_review_items set status = 'decided' where id = $1`, [input.itemId]);
    let merged: string | null = null;
    if (input.decision === 'same' && item.enterprise_a && item.enterprise_b && item.enterprise_a !== item.enterprise_b) {
      const members = await client.query<{ record_id: string; enterprise_id: string }>(
        'select record_id, enterprise_id from registry_record_links where enterprise_id = any($1::text[])',
        [[item.enterprise_a, item.enterprise_b]],
      );
      const [enterprise] = await rebuildEnterprises(client, zoneId, territory, {
        recordSets: [members.rows.map((m) => m.record_id)],
        previousEnterpriseIds: [item.enterprise_a, item.enterprise_b],
        movedRecordIds: members.rows.filter((m) => m.enterprise_id === item.enterprise_b).map((m) => m.record_id),
      });
      merged = enterprise ?? null;
    }
    await recordAudit(client, meta, {
      action: 'registry.review.decide',
      objectType: 'registry-review-item',
      objectId: String(input.itemId),
      before: { status: item.status, recordA: item.record_a, recordB: item.record_b, enterpriseA: item.enterprise_a, enterpriseB: item.enterprise_b },
      after: { status: 'decided', decision: input.decision, enterprise: merged },
    });
  });
}
