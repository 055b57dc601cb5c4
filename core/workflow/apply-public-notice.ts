/**
 * 公示 — anyone but the applicant may object while the notice runs; the handler resolves each objection: dismissed,
 * or upheld, which reopens the case at a stage already passed (the definition's reopenTo unless another is named).
 * The notice concludes once its working days are over and no objection is open.
 */
import type { ActionPayload } from './action-payloads.schema';
import { advance, enterStage } from './enter-stage';
import { refusal, type Refusal } from './refusals';
import { assignmentOf, currentStage, notify, type Step } from './step';

export function applyObject(step: Step, payload: ActionPayload<'object'>): void {
  const notice = step.state.notice!;
  notice.objections.push({
    id: `objection-${notice.objections.length + 1}`,
    raisedAt: step.now,
    raisedByUserId: step.actor.userId,
    text: payload.text,
    status: 'open',
    resolvedAt: null,
    resolution: null,
  });
  notify(step, 'objection-raised', { units: assignmentOf(step.state, step.state.stageId).units });
}

export function applyResolveObjection(step: Step, payload: ActionPayload<'resolve-objection'>): Refusal | undefined {
  const stage = currentStage(step);
  const where = { action: 'resolve-objection' as const, stage };
  const objection = step.state.notice!.objections.find((o) => o.id === payload.objectionId && o.status === 'open');
  if (!objection) return refusal('WORKFLOW_OBJECTION_NOT_FOUND', where, { objectionId: payload.objectionId });
  const target = payload.reopenTo ?? stage.notice!.reopenTo;
  const passed = step.state.path.slice(0, -1);
  if (payload.outcome === 'upheld' && !passed.includes(target)) return refusal('WORKFLOW_RETURN_TARGET_INVALID', where, { target, passed });
  objection.status = payload.outcome;
  objection.resolvedAt = step.now;
  objection.resolution = payload.reason;
  if (payload.outcome === 'upheld') {
    enterStage(step, target, 'back');
    notify(step, 'case-reopened', { applicant: true });
  }
}

export function applyConcludeNotice(step: Step): void {
  advance(step);
}
