/**
 * 办件状态 — everything the workflow needs to know about one case to decide its next action: plain JSON, so the
 * server stores it as it is (with a version column for concurrency) and the timeline keeps the history.
 */
import type { WorkflowAction } from './workflow-actions';

/** 办件状态 — draft (not yet submitted), open, closed (办结, whatever the outcome). */
export type CaseStatus = 'draft' | 'open' | 'closed';

/** 办结结果 */
export type CaseOutcome = 'withdrawn' | 'refused' | 'rejected' | 'completed';

/** The stage id of a case not yet submitted. */
export const DRAFT_STAGE_ID = 'draft';

/** 环节办理单位 — who handles a stage: all of the units together, or any one of them (一门式受理). */
export interface StageAssignment {
  units: string[];
  mode: 'all' | 'any';
  /** Units that take part without leading (相关街镇): copied on entry. */
  participants: string[];
}

/** 补正 — a one-time correction notice and whether the applicant has answered it. */
export interface Correction {
  stageId: string;
  /** Which entry of the stage it belongs to: one notice per entry. */
  visit: number;
  requestedAt: string;
  requestedByUnitId: string;
  items: CorrectionItem[];
  status: 'open' | 'answered';
  answeredAt: string | null;
}

/** 补正事项 — one missing or wrong item. */
export interface CorrectionItem {
  kind: 'missing' | 'wrong';
  /** The material id or form field concerned. */
  subject: string;
  problem: string;
}

/** 签署人 — a unit that signs in a review, countersign or decision stage. */
export interface Signer {
  unitId: string;
  /** false for the units of an any-sign group, of which one suffices; added signers are always required. */
  isRequired: boolean;
  /** Units that must sign first (加签 before me, or the unit I was added after). */
  waitsFor: string[];
  addedByUnitId: string | null;
  signedAt: string | null;
  opinion: 'agree' | 'disagree' | null;
  comment: string | null;
}

export interface SigningState {
  mode: 'countersign' | 'any-sign';
  signers: Signer[];
}

/** 评审专家 — one seat of the expert panel. */
export interface ExpertSeat {
  userId: string;
  assignedAt: string;
  /** assigned → declared (no conflict) → scored; or assigned → recused (conflict of interest). */
  status: 'assigned' | 'declared' | 'recused' | 'scored';
  conflictStatement: string | null;
  /** The expert who took this seat after a recusal. */
  replacedBy: string | null;
  scores: Record<string, number> | null;
  /** Weighted total out of 100. */
  total: number | null;
  comment: string | null;
}

/** 专家评审 */
export interface ExpertPanel {
  required: number;
  seats: ExpertSeat[];
  /** The panel's weighted total (mean of the experts' totals) once every seat has scored. */
  total: number | null;
}

/** 审核标准 — the unified rubric a case is scored against (the policy version's rubric). */
export interface RubricSpec {
  scale: { min: number; max: number };
  /** Weights sum to 100. */
  criteria: Array<{ id: string; weight: number }>;
}

/** 异议 */
export interface Objection {
  id: string;
  raisedAt: string;
  raisedByUserId: string;
  text: string;
  status: 'open' | 'upheld' | 'dismissed';
  resolvedAt: string | null;
  resolution: string | null;
}

/** 公示 */
export interface PublicNotice {
  startedAt: string;
  days: number;
  objections: Objection[];
}

/** 决定 — recorded with the definition version that produced it. */
export interface DecisionRecord {
  outcome: 'approved' | 'rejected';
  /** Yuan; null when the decision carries no amount. */
  amount: number | null;
  reasons: Array<{ text: string; ruleId?: string | undefined }>;
  decidedAt: string;
  decidedByUnitId: string;
  definitionVersion: string;
}

/** 拨付 — one payment. */
export interface Disbursement {
  amount: number;
  voucher: string;
  at: string;
  byUnitId: string;
}

/** 好差评 — five grades. */
export const RATING_GRADES = ['very-satisfied', 'satisfied', 'basic', 'dissatisfied', 'very-dissatisfied'] as const;
export type RatingGrade = (typeof RATING_GRADES)[number];
/** 差评 — the grades that open a follow-up. */
export const POOR_GRADES: readonly RatingGrade[] = ['dissatisfied', 'very-dissatisfied'];

export interface Rating {
  grade: RatingGrade;
  comment: string | null;
  at: string;
}

/** 差评整改 — callback, then rectification, each against its own timer. */
export interface FollowUp {
  openedAt: string;
  calledBackAt: string | null;
  rectifiedAt: string | null;
}

/** 计时器 — a clock in working days: armed on entry, paused for corrections, stopped on leaving. */
export interface Timer {
  id: string;
  kind: 'stage' | 'case' | 'notice' | 'callback' | 'rectification';
  stageId: string | null;
  /** Which entry of the stage armed it (1 for the first). */
  visit: number;
  promised: number | null;
  statutory: number;
  startedAt: string;
  pauses: Array<{ from: string; to: string | null }>;
  stoppedAt: string | null;
}

/** 办件状态 */
export interface CaseState {
  definitionId: string;
  definitionVersion: string;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  stageId: string;
  /** The stages from the first to the current one; a return cuts it back to its target. */
  path: string[];
  /** How often each stage was entered. */
  visits: Record<string, number>;
  assignments: Record<string, StageAssignment>;
  /** The routing rule and the standard it applies (原申请标准 / 统一标准). */
  route: { rule: string | null; standard: 'original' | 'unified' | null };
  submittedAt: string | null;
  /** Set by the first officer action that handles the case; the applicant may withdraw only before. */
  hasOfficerActed: boolean;
  correction: Correction | null;
  signing: SigningState | null;
  experts: ExpertPanel | null;
  notice: PublicNotice | null;
  decision: DecisionRecord | null;
  disbursements: Disbursement[];
  rating: Rating | null;
  followUp: FollowUp | null;
  copiedTo: string[];
  rubric: RubricSpec | null;
  timers: Timer[];
  /** The last action taken, for the timeline's sequence. */
  lastAction: WorkflowAction | null;
  actionCount: number;
}
