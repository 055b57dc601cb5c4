/** 修改草案 — replaces a draft's date, values and note, checked like a new one; a published draft stays as it is. */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { inTransaction } from '../../platform/db/transaction';
import { findDraftRow, updateDraftRow, type DraftInput } from './drafts.repository';
import { getOpenDraft } from './get-open-draft';
import type { CatalogueInForce } from './load-catalogue-in-force';
import { auditPolicyChange, type PolicyActor } from './policy-audit';
import { presentDraft, type PresentedDraft } from './present-draft';
import { reviseWithDraft } from './revise-with-draft';

export async function updateDraft(
  pool: pg.Pool,
  zoneId: string,
  catalogue: CatalogueInForce,
  policyId: string,
  draftId: string,
  input: DraftInput,
  actor: PolicyActor,
): Promise<PresentedDraft> {
  reviseWithDraft(catalogue, policyId, input);
  return inTransaction(pool, async (client) => {
    const before = await getOpenDraft(client, zoneId, policyId, draftId);
    await updateDraftRow(client, draftId, input);
    const row = await findDraftRow(client, zoneId, policyId, draftId);
    if (!row) throw new AppError('POLICY_DRAFT_NOT_FOUND', { policyId, draftId });
    await auditPolicyChange(client, actor, {
      action: 'policies.draft.update',
      objectType: 'policy-draft',
      objectId: draftId,
      before: { validFrom: before.validFrom, parameters: before.parameters, note: before.note },
      after: input,
    });
    return presentDraft(row);
  });
}
