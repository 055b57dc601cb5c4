/**
 * 办理 — one workflow action on a case: the caller must see the case (else 404) and name its current version (else
 * 409 CASE_VERSION_STALE); the workflow decides whether this caller may take this action now and what it changes;
 * documents it issues are rendered, then state, timeline, documents and the audit record commit together, under
 * `where version = $given` so that of two concurrent actions exactly one wins (see `recordAction`). For the case
 * page's answer the case is read with its timeline and lists, so the answer is built from that read and the action
 * without reading them again; a caller that wants only the outcome (`Prefer: return=minimal`) is spared both, and
 * the action then costs the same whatever the length of the case's history.
 */
import { AppError } from '../../../core/errors';
import { shanghaiDate } from '../../../core/calendar';
import { findPolicyVersion } from '../../../core/rules';
import { decideAction } from '../../../core/workflow';
import type { AuthContext } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { caseActor } from './case-actor';
import { caseStateWrite } from './case-state-write';
import { caseVisibilitySql } from './case-visibility';
import type { CasesContext } from './cases-routes-options';
import {
  attachMaterials,
  findVisibleCase,
  findVisibleCaseWithChildren,
  insertDocument,
  insertSubmission,
  listUsableMaterials,
  readCaseVersion,
  recordAction,
  updateEligibility,
  type CaseRow,
  type CaseWithChildren,
  type Queryable,
  type RecordedAction,
} from './cases.repository';
import { checkApplication, withLocationFacts } from './check-application';
import { readCaseChildren, timelineItem, type TimelineItem } from './read-case-children';
import { renderCaseDocuments } from './render-case-documents';
import { checkExperts } from './list-experts';
import type { RequestMeta } from './submit-case';

export interface ActionInput {
  version: number;
  command: Record<string, unknown> & { action: string };
  /** resubmit only: a new submission of the form and materials. */
  resubmission?: { facts: Record<string, unknown>; materials: string[] };
}

/** 办理结果 — the case row as the action left it and the timeline item it recorded; its lists too, when asked for. */
export interface ActedCase {
  row: CaseRow;
  entry: TimelineItem;
}

/**
 * Returns the case as the action left it, so the answer needs no second read (nor may a transfer hide it): with its
 * lists (`answer` 'case', the case page's) or without (`answer` 'row').
 */
export function takeAction(ctx: CasesContext, auth: AuthContext, caseId: string, input: ActionInput, meta: RequestMeta, answer?: 'case'): Promise<ActedCase & CaseWithChildren>;
export function takeAction(ctx: CasesContext, auth: AuthContext, caseId: string, input: ActionInput, meta: RequestMeta, answer: 'row'): Promise<ActedCase>;
export async function takeAction(
  ctx: CasesContext,
  auth: AuthContext,
  caseId: string,
  input: ActionInput,
  meta: RequestMeta,
  answer: 'case' | 'row' = 'case',
): Promise<ActedCase & Partial<CaseWithChildren>> {
  const { row, children } = answer === 'case' ? await getVisibleCaseWithChildren(ctx, auth, caseId) : { row: await getVisibleCase(ctx, auth, caseId), children: undefined };
  if (row.version !== input.version) throw new AppError('CASE_VERSION_STALE', { current: row.version, given: input.version });
  const definition = ctx.workflows.get(row.workflowId, row.definitionVersion);
  const actor = caseActor(auth, row, definition);
  const now = ctx.now().toISOString();
  await checkExperts(ctx.pool, input.command);

  const result = decideAction(definition, row.state, actor, input.command, { now, calendar: ctx.calendar });
  if (!result.ok) throw result.error;
  const entry = result.events.find((e) => e.type === 'timeline')!.entry;
  const resubmitted = input.resubmission ? await checkResubmission(ctx, row, input.resubmission, now) : null;
  const documents = result.events.some((e) => e.type === 'document')
    ? await renderCaseDocuments(result.events, await documentFacts(ctx, row, now), await unitNames(ctx))
    : [];

  const recorded = (issued: IssuedDocument[]): RecordedAction => ({
    id: row.id,
    version: row.version,
    write: caseStateWrite(result.state, ctx.calendar, now),
    at: now,
    seq: result.state.actionCount,
    entry,
    audit: {
      actorUserId: auth.user.id,
      actingUnitId: actor.unitId,
      capacity: actor.capacity,
      inTheNameOfUnitId: actor.inNameOfUnitId,
      action: `cases.${entry.action}`,
      objectType: 'case',
      objectId: row.id,
      before: { version: row.version, stage: row.state.stageId },
      after: { version: row.version + 1, stage: result.state.stageId, status: result.state.status, ...(issued.length > 0 ? { documents: issued } : {}) },
      ...meta,
    },
  });
  const stale = async (db: Queryable) =>
    new AppError('CASE_VERSION_STALE', { current: (await readCaseVersion(db, row.id)) ?? '?', given: input.version });

  const item = timelineItem(result.state.actionCount, entry, auth.user.displayName);
  const after: CaseRow = {
    ...row,
    state: result.state,
    version: row.version + 1,
    updatedAt: new Date(now),
  };
  // Most actions write only state, timeline and audit: one statement, atomic without a transaction around it. As it
  // wrote at the version read, nothing else changed the case in between: its lists are those read, and the new entry.
  if (!resubmitted && documents.length === 0) {
    if ((await recordAction(ctx.pool, recorded([]))) === undefined) throw await stale(ctx.pool);
    return { row: after, entry: item, ...(children ? { children: { ...children, timeline: [...children.timeline, item] } } : {}) };
  }
  return inTransaction(ctx.pool, async (client) => {
    if (resubmitted) {
      const { materials } = resubmitted;
      if ((await attachMaterials(client, row.id, row.applicantUnitId, materials)) !== new Set(materials).size) {
        throw new AppError('CASE_MATERIAL_UNKNOWN', { ids: materials });
      }
      await insertSubmission(client, row.id, { facts: resubmitted.facts, materialIds: materials, userId: auth.user.id, at: now });
      await updateEligibility(client, row.id, resubmitted.eligibility);
    }
    const issued: IssuedDocument[] = [];
    for (const document of documents) {
      const id = await insertDocument(client, { caseId: row.id, ...document, issuedAt: now });
      issued.push({ id, kind: document.kind, sha256: document.sha256, size: document.content.length });
    }
    // Last, so that a stale version rolls back the submission and documents written above.
    if ((await recordAction(client, recorded(issued))) === undefined) throw await stale(client);
    return { row: after, entry: item, ...(answer === 'case' ? { children: await readCaseChildren(client, row.id) } : {}) };
  });
}

interface IssuedDocument {
  id: string;
  kind: string;
  sha256: string;
  size: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getVisibleCase(ctx: CasesContext, auth: AuthContext, caseId: string): Promise<CaseRow> {
  return found(caseId, UUID.test(caseId) ? await findVisibleCase(ctx.pool, caseId, (params) => caseVisibilitySql(auth, params)) : undefined);
}

export async function getVisibleCaseWithChildren(ctx: CasesContext, auth: AuthContext, caseId: string): Promise<CaseWithChildren> {
  const visible = UUID.test(caseId) ? await findVisibleCaseWithChildren(ctx.pool, caseId, (params) => caseVisibilitySql(auth, params)) : undefined;
  return found(caseId, visible);
}

function found<T>(caseId: string, visible: T | undefined): T {
  if (!visible) throw new AppError('NOT_FOUND', { what: `case ${caseId}` });
  return visible;
}

async function checkResubmission(ctx: CasesContext, row: CaseRow, resubmission: NonNullable<ActionInput['resubmission']>, now: string) {
  const policy = (await ctx.policies.current()).byId.get(row.policyId);
  const version = policy ? findPolicyVersion(policy, shanghaiDate(now)) ?? policy.versions.find((v) => v.version === row.policyVersion) : undefined;
  if (!policy || !version) throw new AppError('POLICY_NOT_FOUND', { policyId: row.policyId });
  const uploads = await listUsableMaterials(ctx.pool, row.applicantUnitId, resubmission.materials, row.id);
  const unusable = resubmission.materials.filter((id) => !uploads.some((u) => u.id === id));
  if (unusable.length > 0) throw new AppError('CASE_MATERIAL_UNKNOWN', { ids: unusable });
  const facts = withLocationFacts(resubmission.facts, row.route?.area);
  return { facts, materials: resubmission.materials, eligibility: checkApplication(policy, version, facts, uploads.map((u) => u.materialId), shanghaiDate(now)) };
}

async function documentFacts(ctx: CasesContext, row: CaseRow, now: string) {
  const policy = (await ctx.policies.current()).byId.get(row.policyId);
  return { caseNumber: row.caseNumber, enterpriseName: row.applicantName, policyName: policy?.name.zh ?? row.policyId, submittedAt: row.submittedAt.toISOString(), issuedAt: now };
}

async function unitNames(ctx: CasesContext) {
  const territory = await ctx.territory.current();
  const byId = new Map(territory.units.map((u) => [u.id, { name: u.name, approvalMark: u.approvalMark }]));
  return (id: string) => byId.get(id);
}
