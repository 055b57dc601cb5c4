/**
 * 好差评 — the applicant rates a closed case once, in five grades. A poor rating (不满意, 非常不满意) opens a
 * follow-up for the units that handle the closed case: a callback within the definition's callback days (1), then
 * the rectification within its rectification days (15), each against its own clock.
 */
import type { ActionPayload } from './action-payloads.schema';
import { POOR_GRADES } from './case-state';
import { assignmentOf, notify, type Step } from './step';
import { armTimer, stopTimers } from './timers';

export function applyRate(step: Step, payload: ActionPayload<'rate'>): void {
  const { state, workflow } = step;
  state.rating = { grade: payload.grade, comment: payload.comment ?? null, at: step.now };
  if (!POOR_GRADES.includes(payload.grade)) return;
  const { callbackDays, rectificationDays } = workflow.definition.rating;
  state.followUp = { openedAt: step.now, calledBackAt: null, rectifiedAt: null };
  armTimer(step, { kind: 'callback', stageId: null, promised: null, statutory: callbackDays });
  armTimer(step, { kind: 'rectification', stageId: null, promised: null, statutory: rectificationDays });
  notify(step, 'follow-up-opened', { units: assignmentOf(state, state.stageId).units });
}

export function applyRecordCallback(step: Step): void {
  step.state.followUp!.calledBackAt = step.now;
  stopTimers(step, (t) => t.kind === 'callback');
}

export function applyCompleteRectification(step: Step): void {
  step.state.followUp!.rectifiedAt = step.now;
  stopTimers(step, (t) => t.kind === 'rectification');
}
