/** 草案存取 — policy drafts and the revisions published from them. */
import type pg from 'pg';
import type { LiteralValue } from '../../../core/rules';
import type { Queryable } from './catalogue.repository';

/** 政策草案 — a row of policy_drafts with its author's name. */
export interface DraftRow {
  id: string;
  policyId: string;
  validFrom: string;
  parameters: Record<string, LiteralValue>;
  note: string | null;
  status: 'draft' | 'published';
  createdBy: string;
  createdAt: Date;
  publishedVersion: number | null;
}

/** What an author writes: the date, the new values, a note. */
export interface DraftInput {
  validFrom: string;
  parameters: Record<string, LiteralValue>;
  note?: string | null;
}

const SELECT_DRAFT = `select d.id, d.policy_id as "policyId", d.valid_from as "validFrom", d.parameters, d.note, d.status,
                             u.display_name as "createdBy", d.created_at as "createdAt", d.published_version as "publishedVersion"
                        from policy_drafts d join users u on u.id = d.created_by`;

export async function listDraftRows(db: Queryable, zoneId: string, policyId: string): Promise<DraftRow[]> {
  const { rows } = await db.query<DraftRow>(`${SELECT_DRAFT} where d.zone_id = $1 and d.policy_id = $2 order by d.created_at desc, d.id`, [zoneId, policyId]);
  return rows;
}

/** `forUpdate` locks the row until the transaction ends (edits and publication take turns). */
export async function findDraftRow(db: Queryable, zoneId: string, policyId: string, draftId: string, forUpdate = false): Promise<DraftRow | undefined> {
  const { rows } = await db.query<DraftRow>(
    `${SELECT_DRAFT} where d.zone_id = $1 and d.policy_id = $2 and d.id = $3${forUpdate ? ' for update of d' : ''}`,
    [zoneId, policyId, draftId],
  );
  return rows[0];
}

export async function insertDraft(client: pg.ClientBase, zoneId: string, policyId: string, input: DraftInput, userId: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `insert into policy_drafts (zone_id, policy_id, valid_from, parameters, note, created_by)
     values ($1, $2, $3, $4::jsonb, $5, $6) returning id`,
    [zoneId, policyId, input.validFrom, JSON.stringify(input.parameters), input.note ?? null, userId],
  );
  return rows[0]!.id;
}

export async function updateDraftRow(client: pg.ClientBase, draftId: string, input: DraftInput): Promise<void> {
  await client.query(
    `update policy_drafts set valid_from = $2, parameters = $3::jsonb, note = $4, updated_at = now() where id = $1`,
    [draftId, input.validFrom, JSON.stringify(input.parameters), input.note ?? null],
  );
}

export async function deleteDraftRow(client: pg.ClientBase, draftId: string): Promise<void> {
  await client.query('delete from policy_drafts where id = $1', [draftId]);
}

export async function insertRevision(
  client: pg.ClientBase,
  revision: { zoneId: string; policyId: string; version: number; draft: DraftRow; publishedBy: string },
): Promise<void> {
  const { zoneId, policyId, version, draft, publishedBy } = revision;
  await client.query(
    `insert into policy_revisions (zone_id, policy_id, version, valid_from, parameters, note, draft_id, published_by)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)`,
    [zoneId, policyId, version, draft.validFrom, JSON.stringify(draft.parameters), draft.note, draft.id, publishedBy],
  );
  await client.query(`update policy_drafts set status = 'published', published_version = $2, updated_at = now() where id = $1`, [draft.id, version]);
}
