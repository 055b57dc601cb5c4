/**
 * 提交申请 — 一门式受理: an enterprise applies for a policy once. The form and materials are checked against the policy
 * version in force, the case is routed by where the enterprise is, opened on the workflow of the policy's case type
 * (its kind, or the case type the workflow maps it to: talent policies)
 * and submitted; the case number is allocated in the same transaction (gap-free). A retried request with the same
 * Idempotency-Key returns the case the first one created.
 */
import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '../../../core/calendar';
import { AppError } from '../../../core/errors';
import { findPolicyVersion, type PolicyVersion } from '../../../core/rules';
import { decideAction, formatCaseNumber, openCase, type RubricSpec, type WorkflowActor } from '../../../core/workflow';
import { writeAudit } from '../../platform/audit';
import type { AuthContext } from '../../platform/auth';
import { inTransaction } from '../../platform/db/transaction';
import { caseStateWrite } from './case-state-write';
import type { CasesContext } from './cases-routes-options';
import {
  allocateCaseSequence,
  attachMaterials,
  claimIdempotencyKey,
  findCaseByIdempotencyKey,
  insertCase,
  insertSubmission,
  insertTimelineEntry,
  listUsableMaterials,
  type Queryable,
} from './cases.repository';
import { checkApplication, withLocationFacts } from './check-application';
import { routeApplicant } from './route-applicant';

export interface SubmitCaseInput {
  policyId: string;
  facts: Record<string, unknown>;
  materials: string[];
  idempotencyKey: string | null;
}

export interface RequestMeta {
  requestId: string | null;
  clientAddress: string | null;
}

/** The case id, and whether it was created now (false: a replay of an earlier submission). */
export async function submitCase(ctx: CasesContext, auth: AuthContext, input: SubmitCaseInput, meta: RequestMeta): Promise<{ id: string; created: boolean }> {
  const enterprise = await getActingEnterprise(ctx.pool, auth);
  if (input.idempotencyKey !== null) {
    const existing = await findCaseByIdempotencyKey(ctx.pool, auth.user.id, input.idempotencyKey);
    if (existing) return { id: existing, created: false };
  }
  const now = ctx.now().toISOString();
  const today = shanghaiDate(now);
  const catalogue = await ctx.policies.current();
  const policy = catalogue.byId.get(input.policyId);
  if (!policy) throw new AppError('POLICY_NOT_FOUND', { policyId: input.policyId });
  const version = findPolicyVersion(policy, today);
  if (!version) throw new AppError('POLICY_NOT_IN_FORCE', { policyId: policy.id, asOf: today, firstValidFrom: policy.versions[0]?.validFrom });

  const workflow = ctx.workflows.findForPolicy(policy);
  if (!workflow) throw new AppError('CASE_WORKFLOW_MISSING', { policyId: policy.id, caseType: policy.kind });
  const { definition, caseType } = workflow;
  const route = routeApplicant(await ctx.territory.current(), caseType, enterprise);
  if (route.status === 'not-eligible') throw new AppError('CASE_OUTSIDE_ZONE', { reason: route.reason, reasonEn: route.reasonEn });
  const facts = withLocationFacts(input.facts, route.area);

  const uploads = await listUsableMaterials(ctx.pool, enterprise.unitId, input.materials, null);
  const unusable = input.materials.filter((id) => !uploads.some((u) => u.id === id));
  if (unusable.length > 0) throw new AppError('CASE_MATERIAL_UNKNOWN', { ids: unusable });
  const eligibility = checkApplication(policy, version, facts, uploads.map((u) => u.materialId), today);

  const opened = openCase(definition, { route: route.status === 'routed' ? route : null, rubric: rubricOf(version) });
  const applicant: WorkflowActor = { userId: auth.user.id, roles: [], unitId: enterprise.unitId, capacity: 'own', inNameOfUnitId: null, isApplicant: true };
  const result = decideAction(definition, opened, applicant, { action: 'submit' }, { now, calendar: ctx.calendar });
  if (!result.ok) throw result.error;
  const entry = result.events.find((e) => e.type === 'timeline')!.entry;

  const id = randomUUID();
  const write = caseStateWrite(result.state, ctx.calendar, now);
  const createdId = await inTransaction(ctx.pool, async (client) => {
    if (input.idempotencyKey !== null && !(await claimIdempotencyKey(client, auth.user.id, input.idempotencyKey, id))) return null;
    const seq = await allocateCaseSequence(client, definition.caseNumberPrefix, Number(today.slice(0, 4)));
    const caseNumber = formatCaseNumber(definition.caseNumberPrefix, Number(today.slice(0, 4)), seq);
    await insertCase(client, {
      ...write,
      id,
      zoneId: ctx.zoneId,
      caseNumber,
      caseType,
      workflowId: definition.id,
      definitionVersion: definition.version,
      policyId: policy.id,
      policyVersion: version.version,
      applicantUnitId: enterprise.unitId,
      submittedBy: auth.user.id,
      route,
      bodyId: enterprise.bodyId,
      townCode: enterprise.townCode,
      eligibility,
      submittedAt: now,
    });
    if ((await attachMaterials(client, id, enterprise.unitId, input.materials)) !== new Set(input.materials).size) {
      throw new AppError('CASE_MATERIAL_UNKNOWN', { ids: input.materials });
    }
    await insertSubmission(client, id, { facts, materialIds: input.materials, userId: auth.user.id, at: now });
    await insertTimelineEntry(client, id, result.state.actionCount, entry);
    await writeAudit(client, {
      actorUserId: auth.user.id,
      actingUnitId: enterprise.unitId,
      capacity: 'own',
      action: 'cases.submit',
      objectType: 'case',
      objectId: id,
      after: { caseNumber, policyId: policy.id, policyVersion: version.version, workflow: `${definition.id}@${definition.version}`, route: route.status },
      ...meta,
    });
    return id;
  });
  if (createdId !== null) return { id: createdId, created: true };
  // Another request with this key committed first (or is committing): its case is the answer.
  const existing = await findCaseByIdempotencyKey(ctx.pool, auth.user.id, input.idempotencyKey!);
  if (!existing) throw new AppError('CONFLICT');
  return { id: existing, created: false };
}

/** 申请企业 — the enterprise the caller acts for, with where it is. */
export async function getActingEnterprise(db: Queryable, auth: AuthContext): Promise<{ unitId: string; bodyId: string | null; townCode: string | null }> {
  const { rows } = await db.query<{ unitId: string; bodyId: string | null; townCode: string | null }>(
    `select unit_id as "unitId", body_id as "bodyId", town_code as "townCode" from enterprises where unit_id = $1`,
    [auth.actingUnitId],
  );
  if (!rows[0]) throw new AppError('CASE_APPLICANT_REQUIRED');
  return rows[0];
}

function rubricOf(version: PolicyVersion): RubricSpec | null {
  const rubric = version.rubric;
  return rubric ? { scale: { min: rubric.scale.min, max: rubric.scale.max }, criteria: rubric.criteria.map((c) => ({ id: c.id, weight: c.weight })) } : null;
}
