/**
 * 环节类型 — what kind of step a workflow stage is. The kind decides which actions the stage may offer (see
 * workflow-actions.ts) and what the stage keeps while it runs (signers, experts, objections, payments).
 */
export const STAGE_KINDS = [
  'intake',
  'review',
  'countersign',
  'expert-review',
  'public-notice',
  'report',
  'decision',
  'disbursement',
  'closed',
] as const;

/** 环节类型 */
export type StageKind = (typeof STAGE_KINDS)[number];

export const STAGE_KIND_NAMES: Readonly<Record<StageKind, { zh: string; en: string }>> = {
  intake: { zh: '受理', en: 'Intake' },
  review: { zh: '审核', en: 'Review' },
  countersign: { zh: '会签', en: 'Countersign' },
  'expert-review': { zh: '专家评审', en: 'Expert review' },
  'public-notice': { zh: '公示', en: 'Public notice' },
  report: { zh: '报送', en: 'Report' },
  decision: { zh: '决定', en: 'Decision' },
  disbursement: { zh: '拨付', en: 'Disbursement' },
  closed: { zh: '办结', en: 'Closed' },
};
