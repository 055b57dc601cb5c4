/**
 * 新建办件 — the draft state of a case: which units handle each stage (from the route that core/routing computed
 * for the applicant's location, or the definition's fixed units), the route's standard, and the rubric experts
 * will score against (the policy version's, frozen with the case).
 */
import { AppError } from '../errors';
import { DRAFT_STAGE_ID, type CaseState, type RubricSpec, type StageAssignment } from './case-state';
import type { WorkflowDefinition } from './workflow-definition.schema';

/** 路线 — what a case needs from core/routing's CaseRoute (which satisfies this shape). */
export interface RoutePlan {
  rule: string | null;
  steps: ReadonlyArray<{
    role: string;
    units: ReadonlyArray<{ id: string }>;
    mode: 'all' | 'any';
    participants: ReadonlyArray<{ id: string }>;
  }>;
}

export interface OpenCaseOptions {
  /** null or absent while the applicant's location is unknown: route-step stages then have no units yet. */
  route?: RoutePlan | null;
  /** Required when the definition has an expert-review stage. */
  rubric?: RubricSpec | null;
}

export function openCase(definition: WorkflowDefinition, options: OpenCaseOptions = {}): CaseState {
  const route = options.route ?? null;
  const rubric = options.rubric ?? null;
  if (definition.stages.some((s) => s.kind === 'expert-review')) checkRubric(definition, rubric);
  return {
    definitionId: definition.id,
    definitionVersion: definition.version,
    status: 'draft',
    outcome: null,
    stageId: DRAFT_STAGE_ID,
    path: [],
    visits: {},
    assignments: assignStages(definition, route),
    route: { rule: route?.rule ?? null, standard: definition.routes.find((r) => r.rule === route?.rule)?.standard ?? null },
    submittedAt: null,
    hasOfficerActed: false,
    correction: null,
    signing: null,
    experts: null,
    notice: null,
    decision: null,
    disbursements: [],
    rating: null,
    followUp: null,
    copiedTo: [],
    rubric,
    timers: [],
    lastAction: null,
    actionCount: 0,
  };
}

/** The units of each stage handled by a route step or by fixed units; `sameAs` stages are filled on entry. */
export function assignStages(definition: WorkflowDefinition, route: RoutePlan | null): Record<string, StageAssignment> {
  const assignments: Record<string, StageAssignment> = {};
  for (const stage of definition.stages) {
    const { routeStep, units } = stage.handledBy;
    if (units) assignments[stage.id] = { units: [...units], mode: 'all', participants: [] };
    const step = routeStep === undefined ? undefined : route?.steps.find((s) => s.role === routeStep);
    if (step) {
      assignments[stage.id] = { units: step.units.map((u) => u.id), mode: step.mode, participants: step.participants.map((u) => u.id) };
    }
  }
  return assignments;
}

function checkRubric(definition: WorkflowDefinition, rubric: RubricSpec | null): void {
  const fail = (reason: string) => new AppError('WORKFLOW_RUBRIC_INVALID', { definition: definition.id, reason });
  if (rubric === null) throw fail('the workflow has an expert review but the case has no rubric');
  if (!(rubric.scale.min < rubric.scale.max)) throw fail('the scale minimum must be below its maximum');
  if (rubric.criteria.length === 0) throw fail('the rubric has no criteria');
  const weights = rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
  if (Math.abs(weights - 100) > 1e-9) throw fail(`the weights sum to ${weights}, not 100`);
}
