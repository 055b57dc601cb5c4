/** 新建草案 — checked against the catalogue in force (parameters, types, start date), stored, audited. */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { inTransaction } from '../../platform/db/transaction';
import { findDraftRow, insertDraft, type DraftInput } from './drafts.repository';
import type { CatalogueInForce } from './load-catalogue-in-force';
import { auditPolicyChange, type PolicyActor } from './policy-audit';
import { presentDraft, type PresentedDraft } from './present-draft';
import { reviseWithDraft } from './revise-with-draft';

export async function createDraft(
  pool: pg.Pool,
  zoneId: string,
  catalogue: CatalogueInForce,
  policyId: string,
  input: DraftInput,
  actor: PolicyActor,
): Promise<PresentedDraft> {
  reviseWithDraft(catalogue, policyId, input);
  return inTransaction(pool, async (client) => {
    const id = await insertDraft(client, zoneId, policyId, input, actor.userId);
    const row = await findDraftRow(client, zoneId, policyId, id);
    if (!row) throw new AppError('POLICY_DRAFT_NOT_FOUND', { policyId, draftId: id });
    await auditPolicyChange(client, actor, { action: 'policies.draft.create', objectType: 'policy-draft', objectId: id, after: { policyId, ...input } });
    return presentDraft(row);
  });
}
