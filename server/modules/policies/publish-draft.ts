/**
 * 发布草案 — a draft becomes a new version of its policy, in force from the draft's date; the version before is
 * closed the day before and nothing earlier changes. Checked against the catalogue as this transaction sees it
 * (another node may have published a moment ago), stored with its audit record in one transaction, then the
 * catalogue in force is rebuilt.
 */
import type pg from 'pg';
import { inTransaction } from '../../platform/db/transaction';
import { insertRevision } from './drafts.repository';
import { getOpenDraft } from './get-open-draft';
import { loadCatalogueInForce } from './load-catalogue-in-force';
import { auditPolicyChange, type PolicyActor } from './policy-audit';
import type { PolicyCatalogueState } from './policy-catalogue-state';
import { getPolicy } from './get-policy';
import { presentPolicyDetail, type PolicyDetail } from './present-policy';
import { reviseWithDraft } from './revise-with-draft';

export async function publishDraft(
  pool: pg.Pool,
  zoneId: string,
  state: PolicyCatalogueState,
  policyId: string,
  draftId: string,
  actor: PolicyActor,
): Promise<PolicyDetail> {
  const validFrom = await inTransaction(pool, async (client) => {
    // Publications of one policy take turns, so two drafts never claim the same version number.
    await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`zjsc:policy:${zoneId}:${policyId}`]);
    const draft = await getOpenDraft(client, zoneId, policyId, draftId);
    const catalogue = await loadCatalogueInForce(client, zoneId, 'publishing');
    const { current, version } = reviseWithDraft(catalogue, policyId, draft);
    const latest = current.versions[current.versions.length - 1]!;
    await insertRevision(client, { zoneId, policyId, version: version.version, draft, publishedBy: actor.userId });
    await auditPolicyChange(client, actor, {
      action: 'policies.publish',
      objectType: 'policy',
      objectId: policyId,
      before: { version: latest.version, validFrom: latest.validFrom, validTo: latest.validTo ?? null },
      after: { version: version.version, validFrom: version.validFrom, validTo: version.validTo ?? null, parameters: draft.parameters, note: draft.note, draftId },
    });
    return draft.validFrom;
  });
  const catalogue = await state.reload();
  const { policy, version } = getPolicy(catalogue, policyId, validFrom);
  return presentPolicyDetail(policy, version, catalogue.published.get(policyId));
}
