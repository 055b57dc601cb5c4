/**
 * 环节约束 — what a definition must say for each kind of stage: the actions it cannot do without, the settings it
 * needs, and actions that only make sense together. Read by parse-workflow-definition.ts.
 */
import type { StageKind } from './stage-kinds';
import type { WorkflowAction } from './workflow-actions';
import type { StageDefinition } from './workflow-definition.schema';

/** The actions without which a stage of the kind could never move on. */
export const REQUIRED_ACTIONS: Readonly<Record<StageKind, readonly WorkflowAction[]>> = {
  intake: ['accept'],
  review: ['sign'],
  countersign: ['sign'],
  'expert-review': ['assign-experts', 'declare-interest', 'score'],
  'public-notice': ['conclude-notice'],
  report: ['report'],
  decision: ['approve', 'reject'],
  disbursement: ['disburse', 'close'],
  closed: [],
};

/** Each setting belongs to one kind of stage (or, for signing, to stages that sign). */
export const KIND_SETTINGS: ReadonlyArray<{ field: keyof StageDefinition; applies: (stage: StageDefinition) => boolean; what: string }> = [
  { field: 'experts', applies: (s) => s.kind === 'expert-review', what: 'an expert-review stage' },
  { field: 'notice', applies: (s) => s.kind === 'public-notice', what: 'a public-notice stage' },
  { field: 'decision', applies: (s) => s.kind === 'decision', what: 'a decision stage' },
  { field: 'signing', applies: (s) => s.actions.includes('sign'), what: 'a stage that offers sign' },
];

/** [action, the action it needs in the same stage] */
export const ACTION_PAIRS: ReadonlyArray<readonly [WorkflowAction, WorkflowAction]> = [
  ['request-correction', 'resubmit'],
  ['resubmit', 'request-correction'],
  ['add-signer', 'sign'],
  ['replace-expert', 'declare-interest'],
  ['object', 'resolve-objection'],
  ['resolve-objection', 'object'],
  ['record-callback', 'rate'],
  ['complete-rectification', 'record-callback'],
  ['record-callback', 'complete-rectification'],
];
