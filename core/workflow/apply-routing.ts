/**
 * 转办、退回、催办、抄送 — moving a case between units and stages, and the actions that only tell someone.
 * Transfer hands the actor's share of the stage to another unit (its clock runs on); return goes back to any stage
 * already passed on the current path, which is entered afresh with a new clock.
 */
import type { ActionPayload } from './action-payloads.schema';
import { enterStage } from './enter-stage';
import { refusal, type Refusal } from './refusals';
import { assignmentOf, currentStage, notify, type Step } from './step';

export function applyTransfer(step: Step, payload: ActionPayload<'transfer'>): Refusal | undefined {
  const { state, actor } = step;
  const stage = currentStage(step);
  const assignment = assignmentOf(state, stage.id);
  const signers = state.signing?.signers ?? [];
  if (assignment.units.includes(payload.toUnitId) || signers.some((s) => s.unitId === payload.toUnitId)) {
    return refusal('WORKFLOW_TRANSFER_TARGET_INVALID', { action: 'transfer', stage }, { target: payload.toUnitId });
  }
  const swap = (unit: string) => (unit === actor.unitId ? payload.toUnitId : unit);
  // Where any one of several units may act (一门式受理), handing the case on makes the target the one that acts.
  const isAnyWindow = assignment.mode === 'any' && state.signing === null;
  state.assignments[stage.id] = isAnyWindow
    ? { ...assignment, units: [payload.toUnitId], mode: 'all' }
    : { ...assignment, units: assignment.units.map(swap) };
  for (const signer of signers) {
    signer.unitId = swap(signer.unitId);
    signer.waitsFor = signer.waitsFor.map(swap);
  }
  notify(step, 'case-transferred', { units: [payload.toUnitId] });
}

export function applyReturn(step: Step, payload: ActionPayload<'return'>): Refusal | undefined {
  const passed = step.state.path.slice(0, -1);
  if (!passed.includes(payload.toStageId)) {
    return refusal('WORKFLOW_RETURN_TARGET_INVALID', { action: 'return', stage: currentStage(step) }, { target: payload.toStageId, passed });
  }
  enterStage(step, payload.toStageId, 'back');
  // Back at intake the applicant sees the case move; between officers' stages the stage's units are told on entry.
  if (payload.toStageId === step.workflow.first.id) notify(step, 'case-returned', { applicant: true });
}

export function applyUrge(step: Step): void {
  const { state } = step;
  const pendingExperts = state.experts?.seats.filter((s) => s.status === 'assigned' || s.status === 'declared').map((s) => s.userId) ?? [];
  notify(step, 'case-urged', {
    units: [...assignmentOf(state, state.stageId).units, ...(state.signing?.signers.filter((s) => s.signedAt === null).map((s) => s.unitId) ?? [])],
    users: pendingExperts,
    applicant: state.correction?.status === 'open',
  });
}

export function applyCopy(step: Step, payload: ActionPayload<'copy'>): void {
  const { state } = step;
  state.copiedTo = [...new Set([...state.copiedTo, ...payload.unitIds])];
  notify(step, 'case-copied', { units: payload.unitIds });
}
