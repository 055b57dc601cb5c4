/**
 * 草案列表 — a policy's drafts, newest first. Drafts are the joint meeting's working papers for the whole zone, so
 * every holder of policies.simulate sees them all (they are not bounded by a territory).
 */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { listDraftRows } from './drafts.repository';
import type { CatalogueInForce } from './load-catalogue-in-force';
import { presentDraft } from './present-draft';

export async function listDrafts(pool: pg.Pool, zoneId: string, catalogue: CatalogueInForce, policyId: string) {
  if (!catalogue.byId.has(policyId)) throw new AppError('POLICY_NOT_FOUND', { policyId });
  return { items: (await listDraftRows(pool, zoneId, policyId)).map(presentDraft) };
}
