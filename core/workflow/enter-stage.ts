/**
 * 进入环节 — moving a case into a stage: the clocks of the stage left stop, the new stage is entered again or for
 * the first time (its clock is armed afresh either way), what the stage keeps while it runs starts empty (signers,
 * the expert panel, the notice and its objections, the decision), and its units are told. Entering the closed
 * stage closes the case and stops every clock.
 */
import type { CaseOutcome } from './case-state';
import { startSigning } from './signing';
import { assignmentOf, currentStage, notify, type Step } from './step';
import { armTimer, stopTimers } from './timers';

/** forward: along `next` (the path grows); back: to a stage already passed (the path is cut back to it). */
export type EntryWay = 'forward' | 'back';

export function enterStage(step: Step, stageId: string, way: EntryWay, outcome: CaseOutcome = 'completed'): void {
  const { state, workflow } = step;
  const left = state.stageId;
  stopTimers(step, (t) => t.stageId === left);
  const stage = workflow.stage(stageId);
  if (!stage) throw new Error(`no stage ${stageId} in ${workflow.definition.id}`);
  state.stageId = stageId;
  state.visits[stageId] = (state.visits[stageId] ?? 0) + 1;
  state.path = way === 'forward' ? [...state.path, stageId] : state.path.slice(0, state.path.indexOf(stageId) + 1);
  if (stage.handledBy.sameAs !== undefined) state.assignments[stageId] = structuredClone(assignmentOf(state, stage.handledBy.sameAs));
  const assignment = assignmentOf(state, stageId);

  state.signing = stage.actions.includes('sign') ? startSigning(stage, assignment) : null;
  if (stage.kind === 'expert-review') state.experts = { required: stage.experts!.count, seats: [], total: null };
  if (stage.kind === 'public-notice') state.notice = { startedAt: step.now, days: stage.notice!.days, objections: [] };
  if (stage.kind === 'decision') state.decision = null;

  if (stage.kind === 'closed') {
    state.status = 'closed';
    state.outcome = outcome;
    stopTimers(step, () => true);
    notify(step, 'case-closed', { applicant: true });
    return;
  }
  if (stage.limits) armTimer(step, { kind: 'stage', stageId, promised: stage.limits.promised, statutory: stage.limits.statutory });
  if (stage.notice) armTimer(step, { kind: 'notice', stageId, promised: null, statutory: stage.notice.days });
  notify(step, 'stage-entered', { units: [...assignment.units, ...assignment.participants] });
}

/** Along `next` to the following stage. */
export function advance(step: Step): void {
  enterStage(step, currentStage(step).next!, 'forward');
}

/** To the closed stage with an outcome other than completion (withdrawn, refused, rejected). */
export function closeCase(step: Step, outcome: CaseOutcome): void {
  enterStage(step, step.workflow.closed.id, 'forward', outcome);
}
