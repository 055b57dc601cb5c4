/** Test helper: the people who act on cases in the workflow tests. */
import type { WorkflowActor } from '../workflow-events';

const base = { capacity: 'own' as const, inNameOfUnitId: null, isApplicant: false };

export const applicant: WorkflowActor = { ...base, userId: 'ent-jq', roles: ['enterprise-staff'], unitId: 'ent-demo-jq', isApplicant: true };
/** Another enterprise: a member of the public as far as this case is concerned. */
export const otherEnterprise: WorkflowActor = { ...base, userId: 'ent-zj', roles: ['enterprise-staff'], unitId: 'ent-demo-zj' };
export const coordinator: WorkflowActor = { ...base, userId: 'coordinator', roles: ['coordinator'], unitId: 'zhangjiang-construction-office' };

export function officer(unitId: string, roles: string[] = ['intake-officer', 'reviewer', 'lead-department'], userId = `officer@${unitId}`): WorkflowActor {
  return { ...base, userId, roles, unitId };
}

export function expert(userId: string): WorkflowActor {
  return { ...base, userId, roles: ['expert'], unitId: 'expert-pool' };
}
