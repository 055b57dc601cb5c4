/** 办件仓储 — the SQL of the cases module: cases, their timeline, submissions, materials and documents. */
import type pg from 'pg';
import type { CaseRoute } from '../../../core/routing';
import type { CaseState, DocumentKind, TimelineEntry } from '../../../core/workflow';
import { auditInsertSql, type AuditEntry } from '../../platform/audit';
import { typedPlaceholders } from '../../platform/db/typed-placeholders';
import type { Eligibility } from './check-application';
import { CASE_CHILDREN_COLUMNS, caseChildrenOf, type CaseChildren, type CaseChildrenColumns } from './read-case-children';

export type Queryable = Pick<pg.ClientBase, 'query'>;

/** 办件记录 — one row of cases with the applicant's name. */
export interface CaseRow {
  id: string;
  caseNumber: string;
  caseType: string;
  workflowId: string;
  definitionVersion: string;
  policyId: string;
  policyVersion: number;
  applicantUnitId: string;
  applicantName: string;
  submittedBy: string;
  state: CaseState;
  version: number;
  route: CaseRoute | null;
  bodyId: string | null;
  townCode: string | null;
  submittedAt: Date;
  updatedAt: Date;
}

const CASE_COLUMNS = `c.id, c.case_number as "caseNumber", c.case_type as "caseType", c.workflow_id as "workflowId",
  c.definition_version as "definitionVersion", c.policy_id as "policyId", c.policy_version as "policyVersion",
  c.applicant_unit_id as "applicantUnitId", u.name as "applicantName", c.submitted_by as "submittedBy", c.state,
  c.version, c.route, c.body_id as "bodyId", c.town_code as "townCode", c.submitted_at as "submittedAt",
  c.updated_at as "updatedAt"`;

/** The case if the visibility predicate (over `c`, its parameters after $1) lets the caller see it. */
export async function findVisibleCase(db: Queryable, id: string, visibility: (params: unknown[]) => string): Promise<CaseRow | undefined> {
  return selectVisibleCase<CaseRow>(db, id, visibility, '');
}

/** 办件及明细 — a case row with its timeline, submissions, materials and documents. */
export interface CaseWithChildren {
  row: CaseRow;
  children: CaseChildren;
}

/** The same with its children, in the same round trip: the case page and every action read both. */
export async function findVisibleCaseWithChildren(
  db: Queryable,
  id: string,
  visibility: (params: unknown[]) => string,
): Promise<CaseWithChildren | undefined> {
  const found = await selectVisibleCase<CaseRow & CaseChildrenColumns>(db, id, visibility, `, ${CASE_CHILDREN_COLUMNS}`);
  if (!found) return undefined;
  const { eligibility, timeline, submissions, materials, documents, ...row } = found;
  return { row, children: caseChildrenOf({ eligibility, timeline, submissions, materials, documents }) };
}

async function selectVisibleCase<T extends CaseRow>(db: Queryable, id: string, visibility: (params: unknown[]) => string, more: string) {
  const params: unknown[] = [id];
  const where = visibility(params);
  const { rows } = await db.query<T>(
    `select ${CASE_COLUMNS}${more} from cases c join org_units u on u.id = c.applicant_unit_id where c.id = $1 and ${where}`,
    params,
  );
  return rows[0];
}

/** 办件写入字段 — what every action rewrites. */
export interface CaseStateWrite {
  state: CaseState;
  unitIds: string[];
  expertUserIds: string[];
  deadlineYellowOn: string | null;
  deadlineDue: string | null;
}

export interface NewCase extends CaseStateWrite {
  id: string;
  zoneId: string;
  caseNumber: string;
  caseType: string;
  workflowId: string;
  definitionVersion: string;
  policyId: string;
  policyVersion: number;
  applicantUnitId: string;
  submittedBy: string;
  route: CaseRoute | null;
  bodyId: string | null;
  townCode: string | null;
  eligibility: Eligibility;
  submittedAt: string;
}

export async function insertCase(db: Queryable, c: NewCase): Promise<void> {
  await db.query(
    `insert into cases (id, zone_id, case_number, case_type, workflow_id, definition_version, policy_id, policy_version,
       applicant_unit_id, submitted_by, state, stage_id, status, outcome, route, body_id, town_code, unit_ids,
       expert_user_ids, eligibility, deadline_yellow_on, deadline_due, submitted_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $23)`,
    [
      c.id, c.zoneId, c.caseNumber, c.caseType, c.workflowId, c.definitionVersion, c.policyId, c.policyVersion,
      c.applicantUnitId, c.submittedBy, c.state, c.state.stageId, c.state.status, c.state.outcome, c.route, c.bodyId,
      c.townCode, c.unitIds, c.expertUserIds, c.eligibility, c.deadlineYellowOn, c.deadlineDue, c.submittedAt,
    ],
  );
}

/** Writes the state if the case is still at `version`; the new version, or undefined when someone came first. */
/**
 * The state write of an action, its timeline entry and its audit record as one statement (atomic on its own, one
 * round trip): under `where version = $given`, so when another action got there first nothing is written and the
 * answer is undefined. The audit record's `after` may name the new version: it is always `version + 1`.
 */
export async function recordAction(db: Queryable, action: RecordedAction): Promise<number | undefined> {
  const { id, version, write, at, seq, entry } = action;
  const params: unknown[] = [id, version, write.state, write.state.stageId, write.state.status, write.state.outcome, write.unitIds,
    write.expertUserIds, write.deadlineYellowOn, write.deadlineDue, at];
  const { rows } = await db.query<{ version: number }>(
    `with updated as (
       update cases
          set state = $3, stage_id = $4, status = $5, outcome = $6, version = version + 1,
              unit_ids = array(select distinct unnest(unit_ids || $7::text[])),
              expert_user_ids = array(select distinct unnest(expert_user_ids || $8::uuid[])),
              deadline_yellow_on = $9, deadline_due = $10, updated_at = $11
        where id = $1 and version = $2
        returning id, version
     ), timeline as (
       ${timelineInsertSql(params, seq, entry, 'updated')}
     ), audit as (
       ${auditInsertSql(params, action.audit, 'updated')}
     )
     select version from updated`,
    params,
  );
  return rows[0]?.version;
}

/** 办理记录 — what one action writes. */
export interface RecordedAction {
  id: string;
  /** The version the action was decided on. */
  version: number;
  write: CaseStateWrite;
  at: string;
  /** The timeline entry's number: the state's action count after the action. */
  seq: number;
  entry: TimelineEntry;
  audit: AuditEntry;
}

/** A resubmission is evaluated afresh: the case shows the policy's answer for the latest facts. */
export async function updateEligibility(db: Queryable, id: string, eligibility: Eligibility): Promise<void> {
  await db.query('update cases set eligibility = $2 where id = $1', [id, eligibility]);
}

export async function readCaseVersion(db: Queryable, id: string): Promise<number | undefined> {
  const { rows } = await db.query<{ version: number }>('select version from cases where id = $1', [id]);
  return rows[0]?.version;
}

/** The next number of a prefix and year; the counter row stays locked until the transaction ends (no gaps). */
export async function allocateCaseSequence(db: Queryable, prefix: string, year: number): Promise<number> {
  const { rows } = await db.query<{ last_seq: number }>(
    `insert into case_number_counters as k (prefix, year, last_seq) values ($1, $2, 1)
     on conflict (prefix, year) do update set last_seq = k.last_seq + 1
     returning last_seq`,
    [prefix, year],
  );
  return rows[0]!.last_seq;
}

/** Claims an idempotency key for a new case; false when the key was used before (or is being used right now). */
export async function claimIdempotencyKey(db: Queryable, userId: string, key: string, caseId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'insert into case_idempotency_keys (user_id, key, case_id) values ($1, $2, $3) on conflict do nothing',
    [userId, key, caseId],
  );
  return rowCount === 1;
}

export async function findCaseByIdempotencyKey(db: Queryable, userId: string, key: string): Promise<string | undefined> {
  const { rows } = await db.query<{ case_id: string }>('select case_id from case_idempotency_keys where user_id = $1 and key = $2', [userId, key]);
  return rows[0]?.case_id;
}

export async function insertTimelineEntry(db: Queryable, caseId: string, seq: number, entry: TimelineEntry): Promise<void> {
  const params: unknown[] = [caseId];
  await db.query(timelineInsertSql(params, seq, entry), params);
}

const TIMELINE_TYPES = ['int', 'timestamptz', 'text', 'uuid', 'text', 'text', 'text', 'text', 'text', 'jsonb', 'text'];

/** The timeline insert for the case in $1; with `from`, once per row of that relation (a CTE of the caller's). */
function timelineInsertSql(params: unknown[], seq: number, entry: TimelineEntry, from?: string): string {
  const { actor } = entry;
  const values = [seq, entry.at, entry.action, actor.userId, actor.unitId, actor.capacity, actor.inNameOfUnitId, entry.fromStage,
    entry.toStage, entry.payload, entry.definitionVersion];
  return `insert into case_timeline (case_id, seq, at, action, user_id, unit_id, capacity, in_name_of_unit_id, from_stage,
            to_stage, payload, definition_version)
          select $1::uuid, ${typedPlaceholders(params, values, TIMELINE_TYPES)}${from ? ` from ${from}` : ''}`;
}

export async function insertSubmission(
  db: Queryable,
  caseId: string,
  submission: { facts: Record<string, unknown>; materialIds: string[]; userId: string; at: string },
): Promise<number> {
  const { rows } = await db.query<{ seq: number }>(
    `insert into case_submissions (case_id, seq, facts, material_ids, submitted_by, submitted_at)
     select $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5 from case_submissions where case_id = $1
     returning seq`,
    [caseId, submission.facts, submission.materialIds, submission.userId, submission.at],
  );
  return rows[0]!.seq;
}

/**
 * Attaches uploads of the enterprise to the case; the policy material ids of those attached. Uploads of another
 * enterprise, or already attached to another case, are not attached, which the caller reports.
 */
export async function attachMaterials(db: Queryable, caseId: string, enterpriseUnitId: string, ids: readonly string[]): Promise<number> {
  const { rowCount } = await db.query(
    `update case_materials set case_id = $1
      where id = any($3::uuid[]) and enterprise_unit_id = $2 and (case_id is null or case_id = $1)`,
    [caseId, enterpriseUnitId, ids],
  );
  return rowCount ?? 0;
}

/** 材料 — an upload's description, without its bytes. */
export interface MaterialRow {
  id: string;
  name: string;
  materialId: string;
  mediaType: string;
  size: number;
  sha256: string;
  caseId: string | null;
}

const MATERIAL_COLUMNS = `id, name, material_id as "materialId", media_type as "mediaType", size, sha256, case_id as "caseId"`;

/** The uploads of an enterprise among `ids` that are free or already on this case. */
export async function listUsableMaterials(db: Queryable, enterpriseUnitId: string, ids: readonly string[], caseId: string | null): Promise<MaterialRow[]> {
  const { rows } = await db.query<MaterialRow>(
    `select ${MATERIAL_COLUMNS} from case_materials
      where id = any($1::uuid[]) and enterprise_unit_id = $2 and (case_id is null or case_id = $3)`,
    [ids, enterpriseUnitId, caseId],
  );
  return rows;
}

export async function insertMaterial(
  db: Queryable,
  m: { enterpriseUnitId: string; uploadedBy: string; materialId: string; name: string; mediaType: string; sha256: string; content: Buffer },
): Promise<MaterialRow> {
  const { rows } = await db.query<MaterialRow>(
    `insert into case_materials (enterprise_unit_id, uploaded_by, material_id, name, media_type, size, sha256, content)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     returning ${MATERIAL_COLUMNS}`,
    [m.enterpriseUnitId, m.uploadedBy, m.materialId, m.name, m.mediaType, m.content.length, m.sha256, m.content],
  );
  return rows[0]!;
}

export async function insertDocument(
  db: Queryable,
  d: { caseId: string; kind: DocumentKind; title: string; issuerUnitId: string; content: Buffer; sha256: string; issuedAt: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into case_documents (case_id, kind, title, issuer_unit_id, content, size, sha256, issued_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [d.caseId, d.kind, d.title, d.issuerUnitId, d.content, d.content.length, d.sha256, d.issuedAt],
  );
  return rows[0]!.id;
}
