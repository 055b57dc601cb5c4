/**
 * 操作上下文 — one action being applied: a working copy of the case state that the action changes, the events it
 * emits, and who acts when. Only decide-action.ts creates one, from a deep copy, so the caller's state is never
 * touched and a refused action leaves nothing behind.
 */
import type { WorkCalendar } from '../calendar/work-calendar';
import type { CaseState, StageAssignment } from './case-state';
import type { Workflow } from './compile-workflow';
import type { DocumentKind, NotificationTopic, Recipients, WorkflowActor, WorkflowEvent } from './workflow-events';
import type { StageDefinition } from './workflow-definition.schema';

export interface Step {
  readonly workflow: Workflow;
  readonly state: CaseState;
  readonly actor: WorkflowActor;
  /** ISO instant of the action. */
  readonly now: string;
  readonly calendar: WorkCalendar;
  readonly events: WorkflowEvent[];
}

/** The stage the case is in; null for a draft. */
export function findCurrentStage(workflow: Workflow, state: CaseState): StageDefinition | null {
  return workflow.stage(state.stageId) ?? null;
}

export function currentStage(step: Step): StageDefinition {
  const stage = findCurrentStage(step.workflow, step.state);
  if (!stage) throw new Error(`case is in no stage of ${step.workflow.definition.id} (${step.state.stageId})`);
  return stage;
}

export function assignmentOf(state: CaseState, stageId: string): StageAssignment {
  return state.assignments[stageId] ?? { units: [], mode: 'all', participants: [] };
}

export function notify(step: Step, topic: NotificationTopic, recipients: Partial<Recipients>): void {
  const to: Recipients = { units: [...new Set(recipients.units ?? [])], users: recipients.users ?? [], applicant: recipients.applicant ?? false };
  if (to.units.length > 0 || to.users.length > 0 || to.applicant) step.events.push({ type: 'notification', topic, recipients: to });
}

export function issueDocument(step: Step, document: DocumentKind, content: Record<string, unknown>): void {
  const { actor } = step;
  step.events.push({
    type: 'document',
    document,
    issuer: { unitId: actor.unitId ?? '', capacity: actor.capacity, inNameOfUnitId: actor.inNameOfUnitId },
    content,
  });
}
