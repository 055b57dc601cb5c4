/**
 * 操作前提 — what the case itself must be like for an action, once the stage offers it and the actor may take it:
 * one correction notice per stage entry, signatures in order, experts declared before scoring, the notice period
 * over, the approved amount paid out before closing… Independent of the payload, so allowed-actions can ask it.
 */
import type { ActionContext } from './action-context';
import type { CaseState } from './case-state';
import { formatMoney, remainingToDisburse } from './money';
import { isNoticeRunning, noticeLastDay } from './notice-period';
import { refusal, unavailable, type Refusal, type RefusalWhere } from './refusals';
import { listPendingSigners, signerStatus } from './signing';
import type { WorkflowAction } from './workflow-actions';
import type { StageDefinition } from './workflow-definition.schema';
import type { WorkflowActor } from './workflow-events';

export function checkPreconditions(
  state: CaseState,
  stage: StageDefinition,
  actor: WorkflowActor,
  action: WorkflowAction,
  context: ActionContext,
): Refusal | null {
  const where: RefusalWhere = { action, stage };
  switch (action) {
    case 'submit':
    case 'accept':
    case 'refuse':
    case 'urge':
    case 'copy':
    case 'report':
      return null;
    case 'withdraw':
      return state.hasOfficerActed ? refusal('WORKFLOW_WITHDRAW_TOO_LATE', where) : null;
    case 'request-correction': {
      const c = state.correction;
      return c && c.stageId === stage.id && c.visit === state.visits[stage.id] ? refusal('WORKFLOW_CORRECTION_ALREADY_REQUESTED', where) : null;
    }
    case 'resubmit':
      return state.correction?.status === 'open' ? null : unavailable(where, '没有待补正的告知', 'No correction is pending');
    case 'transfer':
    case 'sign':
    case 'add-signer':
      return checkSigner(state, actor, action, where);
    case 'return':
      return state.path.length > 1 ? null : unavailable(where, '没有已经过的环节可退回', 'There is no earlier stage to return to');
    case 'assign-experts':
      return (state.experts?.seats.length ?? 0) === 0 ? null : unavailable(where, '专家已抽取；回避的专家请更换', 'Experts are assigned; replace a recused one instead');
    case 'replace-expert':
      return state.experts?.seats.some((s) => s.status === 'recused' && s.replacedBy === null)
        ? null
        : unavailable(where, '没有需要更换的回避专家', 'No recused expert awaits a replacement');
    case 'declare-interest':
    case 'score':
      return checkExpert(state, actor, action, where);
    case 'object':
      return isNoticeRunning(state.notice!, context.calendar, context.now)
        ? null
        : refusal('WORKFLOW_NOTICE_PERIOD_ENDED', where, { endedOn: noticeLastDay(state.notice!, context.calendar) });
    case 'resolve-objection':
      return state.notice?.objections.some((o) => o.status === 'open') ? null : unavailable(where, '没有待处理的异议', 'No objection is open');
    case 'conclude-notice': {
      const notice = state.notice!;
      if (isNoticeRunning(notice, context.calendar, context.now)) {
        return refusal('WORKFLOW_NOTICE_PERIOD_RUNNING', where, { endsOn: noticeLastDay(notice, context.calendar) });
      }
      const open = notice.objections.filter((o) => o.status === 'open').length;
      return open > 0 ? refusal('WORKFLOW_OBJECTION_OPEN', where, { count: open }) : null;
    }
    case 'approve':
    case 'reject': {
      const pending = state.signing ? listPendingSigners(state.signing) : [];
      return pending.length > 0 ? refusal('WORKFLOW_SIGNATURES_PENDING', where, { pending }) : null;
    }
    case 'disburse':
      return remainingToDisburse(state) > 0 ? null : unavailable(where, '核定金额已全部拨付', 'The approved amount is paid out');
    case 'close': {
      const remaining = stage.kind === 'disbursement' ? remainingToDisburse(state) : 0;
      return remaining > 0 ? refusal('WORKFLOW_DISBURSEMENT_INCOMPLETE', where, { remaining: formatMoney(remaining) }) : null;
    }
    case 'rate':
      if (state.outcome === 'withdrawn') return unavailable(where, '已撤回的办件不参与评价', 'A withdrawn case is not rated');
      return state.rating ? refusal('WORKFLOW_RATING_ALREADY_GIVEN', where) : null;
    case 'record-callback':
      return state.followUp && state.followUp.calledBackAt === null ? null : unavailable(where, '没有待回访的差评', 'No poor rating awaits a callback');
    case 'complete-rectification':
      return state.followUp && state.followUp.calledBackAt !== null && state.followUp.rectifiedAt === null
        ? null
        : unavailable(where, '没有已回访、待整改的差评', 'No poor rating awaits its rectification after the callback');
  }
}

/** Signing actions: the actor's unit must still be due to sign (transfer: must not have signed yet). */
function checkSigner(state: CaseState, actor: WorkflowActor, action: WorkflowAction, where: RefusalWhere): Refusal | null {
  if (!state.signing) return null;
  const status = signerStatus(state.signing, actor.unitId);
  if (status.status === 'signed' || status.status === 'not-needed') return refusal('WORKFLOW_ALREADY_SIGNED', where, { unit: actor.unitId });
  if (status.status === 'waiting' && action === 'sign') return refusal('WORKFLOW_SIGNER_WAITING', where, { waitingFor: status.waitingFor });
  return null;
}

function checkExpert(state: CaseState, actor: WorkflowActor, action: WorkflowAction, where: RefusalWhere): Refusal | null {
  const seat = state.experts!.seats.find((s) => s.userId === actor.userId)!;
  if (seat.status === 'recused') return refusal('WORKFLOW_EXPERT_RECUSED', where);
  if (action === 'declare-interest') return seat.status === 'assigned' ? null : refusal('WORKFLOW_EXPERT_ALREADY_DECLARED', where);
  if (seat.status === 'assigned') return refusal('WORKFLOW_EXPERT_CONFLICT_UNDECLARED', where);
  if (seat.status === 'scored') return refusal('WORKFLOW_EXPERT_ALREADY_SCORED', where);
  return null;
}
