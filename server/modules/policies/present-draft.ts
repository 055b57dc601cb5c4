/** 草案展示 — a draft as the API shows it. */
import type { DraftRow } from './drafts.repository';

export function presentDraft(row: DraftRow) {
  return {
    id: row.id,
    policyId: row.policyId,
    validFrom: row.validFrom,
    parameters: row.parameters,
    note: row.note,
    status: row.status,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    publishedVersion: row.publishedVersion,
  };
}

export type PresentedDraft = ReturnType<typeof presentDraft>;
