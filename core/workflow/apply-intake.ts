/**
 * 申请与受理 — submit, withdraw, accept, refuse at intake, the one-time correction notice and the resubmission
 * that answers it. The window that accepts, refuses or asks for a correction keeps the intake (一门式受理: any window may
 * take it), and acceptance starts the case's own clock; a correction pauses every clock until the applicant resubmits.
 */
import type { ActionPayload } from './action-payloads.schema';
import { advance, closeCase, enterStage } from './enter-stage';
import { assignmentOf, currentStage, issueDocument, notify, type Step } from './step';
import { armTimer, pauseTimers, resumeTimers } from './timers';

export function applySubmit(step: Step): void {
  step.state.status = 'open';
  step.state.submittedAt = step.now;
  enterStage(step, step.workflow.first.id, 'forward');
}

export function applyWithdraw(step: Step): void {
  notify(step, 'case-closed', { units: assignmentOf(step.state, step.state.stageId).units });
  closeCase(step, 'withdrawn');
}

/** The window that handles an intake (accepts, refuses or asks for a correction) keeps it: 一门式受理. */
function claimIntake(step: Step): void {
  const { state, actor } = step;
  const intake = currentStage(step);
  if (intake.kind === 'intake') state.assignments[intake.id] = { ...assignmentOf(state, intake.id), units: [actor.unitId!], mode: 'all' };
}

export function applyAccept(step: Step, payload: ActionPayload<'accept'>): void {
  const { workflow } = step;
  claimIntake(step);
  const limits = workflow.definition.caseLimits;
  // The case's clock runs from its first acceptance; accepting again after a return does not restart it.
  const isFirstAcceptance = !step.state.timers.some((t) => t.kind === 'case');
  if (limits && isFirstAcceptance) armTimer(step, { kind: 'case', stageId: null, promised: limits.promised, statutory: limits.statutory });
  issueDocument(step, 'acceptance-notice', { acceptedAt: step.now, note: payload.note ?? null });
  notify(step, 'case-accepted', { applicant: true });
  advance(step);
}

export function applyRefuse(step: Step, payload: ActionPayload<'refuse'>): void {
  claimIntake(step);
  issueDocument(step, 'refusal-decision', { reasons: payload.reasons });
  notify(step, 'case-refused', { applicant: true });
  closeCase(step, 'refused');
}

export function applyRequestCorrection(step: Step, payload: ActionPayload<'request-correction'>): void {
  const { state } = step;
  claimIntake(step);
  state.correction = {
    stageId: state.stageId,
    visit: state.visits[state.stageId] ?? 1,
    requestedAt: step.now,
    requestedByUnitId: step.actor.unitId!,
    items: payload.items,
    status: 'open',
    answeredAt: null,
  };
  pauseTimers(step);
  issueDocument(step, 'correction-notice', { items: payload.items });
  notify(step, 'correction-requested', { applicant: true });
}

export function applyResubmit(step: Step): void {
  const correction = step.state.correction!;
  correction.status = 'answered';
  correction.answeredAt = step.now;
  resumeTimers(step);
  notify(step, 'correction-answered', { units: [correction.requestedByUnitId] });
}
