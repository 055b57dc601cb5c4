/**
 * 办件操作人 — the caller as the workflow sees them on one case: the roles they hold in the acting unit through
 * grants that allow acting on cases, whether they act for the applicant, and the capacity: a body acting on a route
 * step that the routing rules exercise in the name of another unit (委托, 以张江科学城名义) acts in that name.
 */
import type { CaseRoute } from '../../../core/routing';
import type { WorkflowActor, WorkflowDefinition } from '../../../core/workflow';
import type { AuthContext } from '../../platform/auth';
import type { CaseRow } from './cases.repository';
import { CasesPermission } from './cases.permissions';

export function caseActor(auth: AuthContext, row: Pick<CaseRow, 'applicantUnitId' | 'route' | 'state'>, definition: WorkflowDefinition): WorkflowActor {
  const unitId = auth.actingUnitId;
  const roles = [...new Set(auth.grants.filter((g) => g.unitId === unitId && g.permissions.includes(CasesPermission.Act)).map((g) => g.roleId))];
  const step = routeStepOf(definition, row.state.stageId, row.route);
  const delegated = step !== undefined && step.capacity === 'in-the-name-of' && step.units.some((u) => u.id === unitId);
  return {
    userId: auth.user.id,
    roles,
    unitId,
    capacity: delegated ? 'in-the-name-of' : 'own',
    inNameOfUnitId: delegated ? (step.inNameOf?.id ?? null) : null,
    isApplicant: unitId !== null && unitId === row.applicantUnitId && auth.can(CasesPermission.Apply),
  };
}

/** The route step that handles a stage (following `sameAs` back to the stage that names one). */
export function routeStepOf(definition: WorkflowDefinition, stageId: string, route: CaseRoute | null) {
  let stage = definition.stages.find((s) => s.id === stageId);
  for (let hops = 0; stage?.handledBy.sameAs !== undefined && hops < definition.stages.length; hops++) {
    const target = stage.handledBy.sameAs;
    stage = definition.stages.find((s) => s.id === target);
  }
  const role = stage?.handledBy.routeStep;
  return role === undefined ? undefined : route?.steps.find((s) => s.role === role);
}
