/**
 * 办件操作 — every action a case can see, who may take it (the actor's relation to the case) and in which kinds of
 * stage a definition may offer it. A definition lists, per stage, which of these it offers; the relation is fixed
 * here because it is what the action means (the applicant withdraws, an assigned expert scores).
 */
import type { StageKind } from './stage-kinds';

export const WORKFLOW_ACTIONS = [
  'submit',
  'withdraw',
  'accept',
  'refuse',
  'request-correction',
  'resubmit',
  'transfer',
  'sign',
  'add-signer',
  'return',
  'urge',
  'copy',
  'assign-experts',
  'declare-interest',
  'replace-expert',
  'score',
  'object',
  'resolve-objection',
  'conclude-notice',
  'report',
  'approve',
  'reject',
  'disburse',
  'close',
  'rate',
  'record-callback',
  'complete-rectification',
] as const;

/** 办件操作 */
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * 操作主体 — who may take an action:
 * applicant: the applying enterprise's staff; handler: an officer of a unit the stage is assigned to, holding one of
 * the stage's roles; signer: such an officer of a unit on the stage's signer list; expert: an expert assigned to
 * the case; overseer: the applicant or a supervisor (催办); public: anyone signed in but the applicant (异议).
 */
export type ActorRelation = 'applicant' | 'handler' | 'signer' | 'expert' | 'overseer' | 'public';

interface ActionSpec {
  zh: string;
  en: string;
  relation: ActorRelation;
  /** Stage kinds that may offer the action; `submit` is offered by the draft only. */
  kinds: readonly StageKind[];
  /** Not refused for waiting on the applicant's correction (withdraw: so that its own reason, too late, is given). */
  whilePaused?: true;
}

const OPEN_KINDS: readonly StageKind[] = ['intake', 'review', 'countersign', 'expert-review', 'public-notice', 'report', 'decision', 'disbursement'];
const SIGNING_KINDS: readonly StageKind[] = ['review', 'countersign', 'decision'];

export const ACTION_SPECS: Readonly<Record<WorkflowAction, ActionSpec>> = {
  submit: { zh: '提交申请', en: 'Submit', relation: 'applicant', kinds: [] },
  withdraw: { zh: '撤回', en: 'Withdraw', relation: 'applicant', kinds: ['intake'], whilePaused: true },
  accept: { zh: '受理', en: 'Accept', relation: 'handler', kinds: ['intake'] },
  refuse: { zh: '不予受理', en: 'Refuse', relation: 'handler', kinds: ['intake'] },
  'request-correction': { zh: '一次性告知补正', en: 'Request correction', relation: 'handler', kinds: ['intake', 'review', 'countersign'] },
  resubmit: { zh: '补正后重新提交', en: 'Resubmit', relation: 'applicant', kinds: ['intake', 'review', 'countersign'], whilePaused: true },
  transfer: { zh: '转办', en: 'Transfer', relation: 'handler', kinds: OPEN_KINDS },
  sign: { zh: '签署意见', en: 'Sign', relation: 'signer', kinds: SIGNING_KINDS },
  'add-signer': { zh: '加签', en: 'Add a signer', relation: 'signer', kinds: SIGNING_KINDS },
  return: { zh: '退回', en: 'Return', relation: 'handler', kinds: OPEN_KINDS },
  urge: { zh: '催办', en: 'Urge', relation: 'overseer', kinds: OPEN_KINDS, whilePaused: true },
  copy: { zh: '抄送', en: 'Copy to', relation: 'handler', kinds: OPEN_KINDS, whilePaused: true },
  'assign-experts': { zh: '抽取专家', en: 'Assign experts', relation: 'handler', kinds: ['expert-review'] },
  'declare-interest': { zh: '利益冲突声明', en: 'Declare interests', relation: 'expert', kinds: ['expert-review'] },
  'replace-expert': { zh: '更换回避专家', en: 'Replace a recused expert', relation: 'handler', kinds: ['expert-review'] },
  score: { zh: '评分', en: 'Score', relation: 'expert', kinds: ['expert-review'] },
  object: { zh: '提出异议', en: 'Object', relation: 'public', kinds: ['public-notice'] },
  'resolve-objection': { zh: '处理异议', en: 'Resolve an objection', relation: 'handler', kinds: ['public-notice'] },
  'conclude-notice': { zh: '公示结束', en: 'Conclude the notice', relation: 'handler', kinds: ['public-notice'] },
  report: { zh: '报送', en: 'Report', relation: 'handler', kinds: ['report'] },
  approve: { zh: '准予（决定）', en: 'Approve', relation: 'handler', kinds: ['decision'] },
  reject: { zh: '不予准予（决定）', en: 'Reject', relation: 'handler', kinds: ['decision'] },
  disburse: { zh: '拨付', en: 'Disburse', relation: 'handler', kinds: ['disbursement'] },
  close: { zh: '办结', en: 'Close', relation: 'handler', kinds: ['disbursement'] },
  rate: { zh: '好差评', en: 'Rate the service', relation: 'applicant', kinds: ['closed'] },
  'record-callback': { zh: '差评回访', en: 'Record the callback', relation: 'handler', kinds: ['closed'] },
  'complete-rectification': { zh: '差评整改完成', en: 'Complete the rectification', relation: 'handler', kinds: ['closed'] },
};

export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return typeof value === 'string' && (WORKFLOW_ACTIONS as readonly string[]).includes(value);
}
