/**
 * 操作主体关系 — whether an actor stands in the relation an action asks for (see ActorRelation), with the reason
 * when not. Roles are checked against the stage's roles; scope (which cases a user may see at all) is the
 * server's, checked in SQL before the workflow is asked.
 */
import type { CaseState } from './case-state';
import type { Workflow } from './compile-workflow';
import { assignmentOf } from './step';
import type { ActorRelation } from './workflow-actions';
import type { StageDefinition } from './workflow-definition.schema';
import type { WorkflowActor } from './workflow-events';

/** null when the actor stands in the relation; otherwise why not, in both languages. */
export function checkRelation(
  relation: ActorRelation,
  workflow: Workflow,
  state: CaseState,
  stage: StageDefinition | null,
  actor: WorkflowActor,
): [string, string] | null {
  if (relation === 'applicant') return actor.isApplicant ? null : ['只有申请人可以执行此操作', 'Only the applicant may do this'];
  if (relation === 'overseer') {
    const isSupervisor = actor.roles.some((r) => workflow.definition.supervisorRoles.includes(r));
    return actor.isApplicant || isSupervisor ? null : ['只有申请人或督办人员可以催办', 'Only the applicant or a supervisor may urge'];
  }
  if (actor.isApplicant) return ['申请人不能执行此操作', 'The applicant may not do this'];
  if (relation === 'public' || stage === null) return null;
  if (relation === 'expert') {
    const isAssigned = state.experts?.seats.some((s) => s.userId === actor.userId) ?? false;
    return isAssigned ? null : ['只有受邀评审专家可以执行此操作', 'Only an expert assigned to this case may do this'];
  }
  const units = relation === 'signer' ? state.signing?.signers.map((s) => s.unitId) ?? [] : assignmentOf(state, stage.id).units;
  if (actor.unitId === null || !units.includes(actor.unitId)) {
    return relation === 'signer'
      ? ['当前单位不是本环节的签署单位', 'Your acting unit does not sign at this stage']
      : ['当前单位不是本环节的办理单位', 'Your acting unit does not handle this stage'];
  }
  if (!actor.roles.some((r) => stage.roles.includes(r))) {
    return [`本环节需要以下角色之一：${stage.roles.join('、')}`, `This stage needs one of the roles: ${stage.roles.join(', ')}`];
  }
  return null;
}
