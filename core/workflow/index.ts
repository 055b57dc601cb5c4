/**
 * 办件流程 — workflow definitions as data (the zone pack's workflows/*.yaml) compiled into a pure state machine:
 * which actions a case allows whom, and what each action changes and emits (timeline, timers, notifications,
 * documents). Pure: callers hand in the definition, the state, the actor and the moment.
 */
export { parseWorkflowDefinition, type WorkflowParseResult } from './parse-workflow-definition';
export { workflowDefinitionSchema, type StageDefinition, type StageLimits, type WorkflowDefinition } from './workflow-definition.schema';
export { compileWorkflow, type Workflow } from './compile-workflow';
export { openCase, assignStages, type OpenCaseOptions, type RoutePlan } from './open-case';
export { decideAction, type ActionResult } from './decide-action';
export { allowedActions, listReturnTargets } from './allowed-actions';
export type { ActionContext } from './action-context';
export { ACTION_PAYLOADS, type ActionPayload, type WorkflowCommand } from './action-payloads.schema';
export { ACTION_SPECS, WORKFLOW_ACTIONS, isWorkflowAction, type ActorRelation, type WorkflowAction } from './workflow-actions';
export { STAGE_KINDS, STAGE_KIND_NAMES, type StageKind } from './stage-kinds';
export { describeRunningTimers, describeTimer, type TimerView } from './describe-timers';
export { listDeadlineAlerts, type DeadlineAlert, type DeadlineAlertKind } from './deadline-alerts';
export { formatCaseNumber, parseCaseNumber } from './case-number';
export { isSigningComplete, listPendingSigners, signerStatus, type SignerStatus } from './signing';
export { weightedTotal } from './expert-scores';
export { noticeLastDay } from './notice-period';
export { DRAFT_STAGE_ID, POOR_GRADES, RATING_GRADES } from './case-state';
export type {
  CaseOutcome,
  CaseState,
  CaseStatus,
  Correction,
  CorrectionItem,
  DecisionRecord,
  Disbursement,
  ExpertPanel,
  ExpertSeat,
  FollowUp,
  Objection,
  PublicNotice,
  Rating,
  RatingGrade,
  RubricSpec,
  Signer,
  SigningState,
  StageAssignment,
  Timer,
} from './case-state';
export type {
  DocumentIssuer,
  DocumentKind,
  NotificationTopic,
  Recipients,
  TimelineEntry,
  WorkflowActor,
  WorkflowEvent,
} from './workflow-events';
