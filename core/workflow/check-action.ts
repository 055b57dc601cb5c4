/**
 * 操作许可 — whether an action may be taken now, regardless of its payload: the stage offers it, the actor stands in
 * the relation it needs, the case is not waiting for a correction (unless the action is one that may), and the
 * case meets the action's preconditions. allowed-actions and decide-action both ask this, so the UI offers
 * exactly what the server accepts.
 */
import type { ActionContext } from './action-context';
import { checkRelation } from './actor-relations';
import type { CaseState } from './case-state';
import { checkPreconditions } from './check-preconditions';
import type { Workflow } from './compile-workflow';
import { notPermitted, refusal, unavailable, type Refusal } from './refusals';
import { findCurrentStage } from './step';
import { ACTION_SPECS, type WorkflowAction } from './workflow-actions';
import type { WorkflowActor } from './workflow-events';

export function checkAction(
  workflow: Workflow,
  state: CaseState,
  actor: WorkflowActor,
  action: WorkflowAction,
  context: ActionContext,
): Refusal | null {
  const { definition } = workflow;
  if (state.definitionId !== definition.id || state.definitionVersion !== definition.version) {
    return {
      code: 'WORKFLOW_VERSION_MISMATCH',
      details: { expected: `${state.definitionId}@${state.definitionVersion}`, actual: `${definition.id}@${definition.version}` },
    };
  }
  const stage = findCurrentStage(workflow, state);
  const where = { action, stage };
  if (stage === null ? action !== 'submit' : !stage.actions.includes(action)) {
    return stage === null
      ? unavailable(where, '办件尚未提交', 'The case has not been submitted')
      : state.status === 'closed'
        ? unavailable(where, '办件已办结', 'The case is closed')
        : unavailable(where, '本环节不提供此操作', 'This stage does not offer this action');
  }
  const spec = ACTION_SPECS[action];
  const why = checkRelation(spec.relation, workflow, state, stage, actor);
  if (why) return notPermitted(where, ...why);
  if (stage === null) return null;
  if (state.correction?.status === 'open' && !spec.whilePaused) return refusal('WORKFLOW_CASE_PAUSED', where);
  return checkPreconditions(state, stage, actor, action, context);
}
