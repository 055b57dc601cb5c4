/**
 * 拒绝 — refusals whose details name the action and the stage in both languages, so the message tells the user what
 * was refused where. A refusal is plain data: allowed-actions asks about every action on every case answer, and an
 * Error per refused action (with its stack trace and message) was most of that answer's CPU. decide-action turns the
 * one refusal it answers with into an AppError.
 */
import { AppError, type ErrorCode, type ErrorDetails } from '../errors';
import { STAGE_KIND_NAMES } from './stage-kinds';
import { ACTION_SPECS, type WorkflowAction } from './workflow-actions';
import type { StageDefinition } from './workflow-definition.schema';

export interface RefusalWhere {
  action: WorkflowAction;
  stage: StageDefinition | null;
}

/** Action and stage names for message templates: {actionName}/{actionNameEn}, {stageName}/{stageNameEn}. */
function describeWhere({ action, stage }: RefusalWhere): Record<string, string> {
  return {
    action,
    actionName: ACTION_SPECS[action].zh,
    actionNameEn: ACTION_SPECS[action].en,
    stage: stage?.id ?? 'draft',
    stageName: stage?.name ?? '草稿',
    stageNameEn: stage?.nameEn ?? 'Draft',
    stageKind: stage ? STAGE_KIND_NAMES[stage.kind].en : 'draft',
  };
}

/** 拒绝理由 — why an action is refused: the AppError it becomes, not yet built (nor its names looked up). */
export interface Refusal {
  code: ErrorCode;
  /** Where it was refused; named in the error's details. */
  where?: RefusalWhere;
  details: ErrorDetails;
}

export function refusal(code: ErrorCode, where: RefusalWhere, details: ErrorDetails = {}): Refusal {
  return { code, where, details };
}

export function unavailable(where: RefusalWhere, reason: string, reasonEn: string): Refusal {
  return refusal('WORKFLOW_ACTION_UNAVAILABLE', where, { reason, reasonEn });
}

export function notPermitted(where: RefusalWhere, reason: string, reasonEn: string): Refusal {
  return refusal('WORKFLOW_ACTOR_NOT_PERMITTED', where, { reason, reasonEn });
}

export function refusalError({ code, where, details }: Refusal): AppError {
  return new AppError(code, where ? { ...describeWhere(where), ...details } : details);
}
