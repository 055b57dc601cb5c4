/**
 * 办件详情 — everything the case page shows: stage, version, clocks and the worst deadline, route, timeline with
 * names, eligibility trace, submissions, materials, documents, and the actions this caller may take now.
 */
import { describeRunningTimers, allowedActions, listReturnTargets } from '../../../core/workflow';
import type { AuthContext } from '../../platform/auth';
import { caseActor } from './case-actor';
import { summarizeDeadline } from './case-deadlines';
import type { CasesContext } from './cases-routes-options';
import { getVisibleCase } from './take-action';

export async function getCase(ctx: CasesContext, auth: AuthContext, caseId: string) {
  const row = await getVisibleCase(ctx, auth, caseId);
  const definition = ctx.workflows.get(row.workflowId, row.definitionVersion);
  const now = ctx.now().toISOString();
  const clocks = describeRunningTimers(row.state, ctx.calendar, now);
  const [timeline, submissions, materials, documents, catalogue] = await Promise.all([
    ctx.pool.query(
      `select t.seq, t.at, t.action, t.user_id as "userId", u.display_name as "userName", t.unit_id as "unitId",
              t.capacity, t.in_name_of_unit_id as "inNameOfUnitId", t.from_stage as "fromStage", t.to_stage as "toStage",
              t.payload, t.definition_version as "definitionVersion"
         from case_timeline t join users u on u.id = t.user_id where t.case_id = $1 order by t.seq`,
      [row.id],
    ),
    ctx.pool.query(
      `select seq, submitted_at as at, facts, material_ids as materials from case_submissions where case_id = $1 order by seq`,
      [row.id],
    ),
    ctx.pool.query(
      `select id, name, material_id as "materialId", media_type as "mediaType", size, sha256 from case_materials where case_id = $1 order by created_at`,
      [row.id],
    ),
    ctx.pool.query<{ id: string; kind: string; title: string; issuedAt: Date; sha256: string; size: number }>(
      `select id, kind, title, issued_at as "issuedAt", sha256, size from case_documents where case_id = $1 order by issued_at`,
      [row.id],
    ),
    ctx.policies.current(),
  ]);
  const stage = definition.stages.find((s) => s.id === row.state.stageId);
  const policy = catalogue.byId.get(row.policyId);
  const actor = caseActor(auth, row, definition);
  const lastSubmission = submissions.rows.at(-1) as { facts: Record<string, unknown> } | undefined;
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    caseType: row.caseType,
    workflowId: row.workflowId,
    definitionVersion: row.definitionVersion,
    policy: { id: row.policyId, version: row.policyVersion, name: policy?.name.zh ?? row.policyId, nameEn: policy?.name.en ?? row.policyId },
    applicant: { unitId: row.applicantUnitId, name: row.applicantName },
    status: row.state.status,
    outcome: row.state.outcome,
    stage: { id: row.state.stageId, kind: stage?.kind ?? row.state.stageId, name: stage?.name ?? row.state.stageId, nameEn: stage?.nameEn ?? row.state.stageId },
    version: row.version,
    submittedAt: row.submittedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deadline: summarizeDeadline(clocks),
    clocks: clocks.map((c) => ({ kind: c.timer.kind, stageId: c.timer.stageId, status: c.status, promised: c.promised, statutory: c.statutory, isRunning: c.isRunning })),
    route: row.route,
    bodyId: row.bodyId,
    townCode: row.townCode,
    state: row.state,
    eligibility: row.eligibility,
    facts: lastSubmission?.facts ?? {},
    submissions: submissions.rows,
    materials: materials.rows,
    timeline: timeline.rows,
    documents: documents.rows.map((d) => ({ ...d, issuedAt: d.issuedAt.toISOString(), url: `/api/cases/${row.id}/documents/${d.id}.pdf` })),
    abilities: allowedActions(definition, row.state, actor, { now, calendar: ctx.calendar }),
    returnTargets: listReturnTargets(row.state),
    // The workflow's stages by name, so past stages and return targets read as words, not ids.
    stages: definition.stages.map((s) => ({ id: s.id, kind: s.kind, name: s.name, nameEn: s.nameEn })),
  };
}

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
