/** 待改草案 — a draft of this policy, locked for the transaction, that is still a draft (not yet published). */
import type pg from 'pg';
import { AppError } from '../../../core/errors';
import { findDraftRow, type DraftRow } from './drafts.repository';

export async function getOpenDraft(client: pg.ClientBase, zoneId: string, policyId: string, draftId: string): Promise<DraftRow> {
  const row = await findDraftRow(client, zoneId, policyId, draftId, true);
  if (!row) throw new AppError('POLICY_DRAFT_NOT_FOUND', { policyId, draftId });
  if (row.status === 'published') throw new AppError('POLICY_DRAFT_PUBLISHED', { draftId, version: row.publishedVersion });
  return row;
}
