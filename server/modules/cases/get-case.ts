/**
 * 办件详情 — everything the case page shows: stage, version, clocks and the worst deadline, route, timeline with
 * names, eligibility trace, submissions, materials, documents, and the actions this caller may take now.
 */
import { listReturnTargets } from '../../../core/workflow';
import type { AuthContext } from '../../platform/auth';
import type { CasesContext } from './cases-routes-options';
import type { CaseWithChildren } from './cases.repository';
import { presentCaseHead } from './present-case-head';
import { getVisibleCaseWithChildren } from './take-action';

export async function getCase(ctx: CasesContext, auth: AuthContext, caseId: string) {
  return presentCase(ctx, auth, await getVisibleCaseWithChildren(ctx, auth, caseId));
}

/** The case page's view of a case the caller has just read or acted on. */
export async function presentCase(ctx: CasesContext, auth: AuthContext, { row, children }: CaseWithChildren) {
  const definition = ctx.workflows.get(row.workflowId, row.definitionVersion);
  const { head, clocks } = presentCaseHead(ctx, auth, row, definition, ctx.now().toISOString());
  const catalogue = await ctx.policies.current();
  const { eligibility, timeline, submissions, materials, documents } = children;
  const policy = catalogue.byId.get(row.policyId);
  const lastSubmission = submissions.at(-1);
  return {
    ...head,
    caseType: row.caseType,
    workflowId: row.workflowId,
    definitionVersion: row.definitionVersion,
    policy: { id: row.policyId, version: row.policyVersion, name: policy?.name.zh ?? row.policyId, nameEn: policy?.name.en ?? row.policyId },
    applicant: { unitId: row.applicantUnitId, name: row.applicantName },
    submittedAt: row.submittedAt.toISOString(),
    clocks: clocks.map((c) => ({ kind: c.timer.kind, stageId: c.timer.stageId, status: c.status, promised: c.promised, statutory: c.statutory, isRunning: c.isRunning })),
    route: row.route,
    bodyId: row.bodyId,
    townCode: row.townCode,
    state: row.state,
    eligibility,
    facts: lastSubmission?.facts ?? {},
    submissions,
    materials,
    timeline,
    documents: documents.map((d) => ({ ...d, url: `/api/cases/${row.id}/documents/${d.id}.pdf` })),
    returnTargets: listReturnTargets(row.state),
    // The workflow's stages by name, so past stages and return targets read as words, not ids.
    stages: definition.stages.map((s) => ({ id: s.id, kind: s.kind, name: s.name, nameEn: s.nameEn })),
  };
}

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
