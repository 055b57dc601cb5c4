/**
 * 拒绝 — refusals as AppErrors whose details name the action and the stage in both languages, so the message
 * tells the user what was refused where.
 */
import { AppError, type ErrorCode } from '../errors';
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

export function refusal(code: ErrorCode, where: RefusalWhere, details: Record<string, unknown> = {}): AppError {
  return new AppError(code, { ...describeWhere(where), ...details });
}

export function unavailable(where: RefusalWhere, reason: string, reasonEn: string): AppError {
  return refusal('WORKFLOW_ACTION_UNAVAILABLE', where, { reason, reasonEn });
}

export function notPermitted(where: RefusalWhere, reason: string, reasonEn: string): AppError {
  return refusal('WORKFLOW_ACTOR_NOT_PERMITTED', where, { reason, reasonEn });
}
