/**
 * 可执行操作 — exactly the actions the UI may offer this actor on this case now: those checkAction lets through
 * (the payload is the only thing the server may still refuse), and for return the stages it may go back to.
 */
import type { ActionContext } from './action-context';
import type { CaseState } from './case-state';
import { checkAction } from './check-action';
import { compileWorkflow } from './compile-workflow';
import { WORKFLOW_ACTIONS, type WorkflowAction } from './workflow-actions';
import type { WorkflowDefinition } from './workflow-definition.schema';
import type { WorkflowActor } from './workflow-events';

export function allowedActions(
  definition: WorkflowDefinition,
  state: CaseState,
  actor: WorkflowActor,
  context: ActionContext,
): WorkflowAction[] {
  const workflow = compileWorkflow(definition);
  return WORKFLOW_ACTIONS.filter((action) => checkAction(workflow, state, actor, action, context) === null);
}

/** 可退回环节 — the stages already passed on the current path, nearest last. */
export function listReturnTargets(state: CaseState): string[] {
  return state.status === 'open' ? state.path.slice(0, -1) : [];
}
