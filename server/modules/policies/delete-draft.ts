/** 删除草案 — only a draft; a published one is the record of a decision and stays. */
import type pg from 'pg';
import { inTransaction } from '../../platform/db/transaction';
import { deleteDraftRow } from './drafts.repository';
import { getOpenDraft } from './get-open-draft';
import { auditPolicyChange, type PolicyActor } from './policy-audit';

export async function deleteDraft(pool: pg.Pool, zoneId: string, policyId: string, draftId: string, actor: PolicyActor): Promise<void> {
  await inTransaction(pool, async (client) => {
    const before = await getOpenDraft(client, zoneId, policyId, draftId);
    await deleteDraftRow(client, draftId);
    await auditPolicyChange(client, actor, {
      action: 'policies.draft.delete',
      objectType: 'policy-draft',
      objectId: draftId,
      before: { policyId, validFrom: before.validFrom, parameters: before.parameters, note: before.note },
    });
  });
}
