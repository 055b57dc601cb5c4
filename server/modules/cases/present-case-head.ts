/**
 * 办件概要 — what every answer about a case starts with: which case, at what version, where it stands, its worst
 * deadline and the actions this caller may take now. The answer of an action taken with `Prefer: return=minimal`
 * is this and the timeline item it recorded; the case page's answer adds the rest (see presentCase).
 */
import { allowedActions, describeRunningTimers, type WorkflowDefinition } from '../../../core/workflow';
import type { AuthContext } from '../../platform/auth';
import { caseActor } from './case-actor';
import { summarizeDeadline } from './case-deadlines';
import type { CasesContext } from './cases-routes-options';
import type { CaseRow } from './cases.repository';
import type { ActedCase } from './take-action';

/** The head of the case and the clocks it was read from (the case page lists them all). */
export function presentCaseHead(ctx: CasesContext, auth: AuthContext, row: CaseRow, definition: WorkflowDefinition, now: string) {
  const clocks = describeRunningTimers(row.state, ctx.calendar, now);
  const stage = definition.stages.find((s) => s.id === row.state.stageId);
  const head = {
    id: row.id,
    caseNumber: row.caseNumber,
    status: row.state.status,
    outcome: row.state.outcome,
    stage: { id: row.state.stageId, kind: stage?.kind ?? row.state.stageId, name: stage?.name ?? row.state.stageId, nameEn: stage?.nameEn ?? row.state.stageId },
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    deadline: summarizeDeadline(clocks),
    abilities: allowedActions(definition, row.state, caseActor(auth, row, definition), { now, calendar: ctx.calendar }),
  };
  return { head, clocks };
}

/** The answer of an action under `Prefer: return=minimal`: the head and the timeline item the action recorded. */
export function presentActionOutcome(ctx: CasesContext, auth: AuthContext, { row, entry }: ActedCase) {
  const definition = ctx.workflows.get(row.workflowId, row.definitionVersion);
  return { ...presentCaseHead(ctx, auth, row, definition, ctx.now().toISOString()).head, entry };
}
