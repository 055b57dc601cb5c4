/**
 * 办件状态机 — (definition, case state, actor, command, context) → a refusal with a stable AppError code, or the
 * new state and the events to record. Order of refusals: unknown action (400), version mismatch, stage does not
 * offer it (409), actor not permitted (403), waiting for correction / preconditions (409), payload (400). Pure: the
 * input state is never changed.
 */
import { toEpochMs } from '../calendar/local-date';
import { AppError } from '../errors';
import type { ActionContext } from './action-context';
import { ACTION_PAYLOADS } from './action-payloads.schema';
import { applyAction } from './apply-action';
import type { CaseState } from './case-state';
import { checkAction } from './check-action';
import { compileWorkflow } from './compile-workflow';
import { refusal, refusalError } from './refusals';
import { findCurrentStage, type Step } from './step';
import { ACTION_SPECS, WORKFLOW_ACTIONS, isWorkflowAction } from './workflow-actions';
import type { WorkflowDefinition } from './workflow-definition.schema';
import type { WorkflowActor, WorkflowEvent } from './workflow-events';

export type ActionResult = { ok: true; state: CaseState; events: WorkflowEvent[] } | { ok: false; error: AppError };

export function decideAction(
  definition: WorkflowDefinition,
  state: CaseState,
  actor: WorkflowActor,
  command: unknown,
  context: ActionContext,
): ActionResult {
  const workflow = compileWorkflow(definition);
  const { action, ...rest } = (typeof command === 'object' && command !== null ? command : {}) as Record<string, unknown>;
  if (!isWorkflowAction(action)) {
    return { ok: false, error: new AppError('WORKFLOW_ACTION_UNKNOWN', { action: String(action ?? ''), known: WORKFLOW_ACTIONS.join(', ') }) };
  }
  const refused = checkAction(workflow, state, actor, action, context);
  if (refused) return { ok: false, error: refusalError(refused) };
  const parsed = ACTION_PAYLOADS[action].safeParse(rest);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : 'payload'}: ${i.message}`);
    return { ok: false, error: refusalError(refusal('WORKFLOW_PAYLOAD_INVALID', { action, stage: findCurrentStage(workflow, state) }, { issues })) };
  }

  const step: Step = {
    workflow,
    state: structuredClone(state),
    actor,
    now: new Date(toEpochMs(context.now, 'now')).toISOString(),
    calendar: context.calendar,
    events: [],
  };
  const error = applyAction(step, action, parsed.data);
  if (error) return { ok: false, error: refusalError(error) };

  const { relation } = ACTION_SPECS[action];
  // Copying only informs; every other action of an officer or expert handles the case (ends the right to withdraw).
  if ((relation === 'handler' || relation === 'signer' || relation === 'expert') && action !== 'copy') step.state.hasOfficerActed = true;
  step.state.lastAction = action;
  step.state.actionCount += 1;
  step.events.unshift({
    type: 'timeline',
    entry: {
      at: step.now,
      action,
      actor,
      fromStage: state.stageId,
      toStage: step.state.stageId,
      payload: parsed.data,
      definitionId: definition.id,
      definitionVersion: definition.version,
    },
  });
  return { ok: true, state: step.state, events: step.events };
}
