/**
 * 执行操作 — the one switch from an action to the function that applies it to the working copy. Exhaustive, so a
 * new action cannot be forgotten here. A function returns a Refusal when what it refuses is the payload.
 */
import type { ActionPayload } from './action-payloads.schema';
import { applyApprove, applyClose, applyDisburse, applyReject, applyReport } from './apply-decision';
import { applyAssignExperts, applyDeclareInterest, applyReplaceExpert, applyScore } from './apply-expert-review';
import { applyAccept, applyRefuse, applyRequestCorrection, applyResubmit, applySubmit, applyWithdraw } from './apply-intake';
import { applyConcludeNotice, applyObject, applyResolveObjection } from './apply-public-notice';
import { applyCompleteRectification, applyRate, applyRecordCallback } from './apply-rating';
import { applyCopy, applyReturn, applyTransfer, applyUrge } from './apply-routing';
import { applyAddSigner, applySign } from './apply-signing';
import type { Refusal } from './refusals';
import type { Step } from './step';
import type { WorkflowAction } from './workflow-actions';

export function applyAction(step: Step, action: WorkflowAction, payload: unknown): Refusal | void {
  // The payload was parsed with ACTION_PAYLOADS[action] by the caller, so each cast names its true type.
  const p = payload as never;
  switch (action) {
    case 'submit': return applySubmit(step);
    case 'withdraw': return applyWithdraw(step);
    case 'accept': return applyAccept(step, p as ActionPayload<'accept'>);
    case 'refuse': return applyRefuse(step, p as ActionPayload<'refuse'>);
    case 'request-correction': return applyRequestCorrection(step, p as ActionPayload<'request-correction'>);
    case 'resubmit': return applyResubmit(step);
    case 'transfer': return applyTransfer(step, p as ActionPayload<'transfer'>);
    case 'sign': return applySign(step, p as ActionPayload<'sign'>);
    case 'add-signer': return applyAddSigner(step, p as ActionPayload<'add-signer'>);
    case 'return': return applyReturn(step, p as ActionPayload<'return'>);
    case 'urge': return applyUrge(step);
    case 'copy': return applyCopy(step, p as ActionPayload<'copy'>);
    case 'assign-experts': return applyAssignExperts(step, p as ActionPayload<'assign-experts'>);
    case 'declare-interest': return applyDeclareInterest(step, p as ActionPayload<'declare-interest'>);
    case 'replace-expert': return applyReplaceExpert(step, p as ActionPayload<'replace-expert'>);
    case 'score': return applyScore(step, p as ActionPayload<'score'>);
    case 'object': return applyObject(step, p as ActionPayload<'object'>);
    case 'resolve-objection': return applyResolveObjection(step, p as ActionPayload<'resolve-objection'>);
    case 'conclude-notice': return applyConcludeNotice(step);
    case 'report': return applyReport(step);
    case 'approve': return applyApprove(step, p as ActionPayload<'approve'>);
    case 'reject': return applyReject(step, p as ActionPayload<'reject'>);
    case 'disburse': return applyDisburse(step, p as ActionPayload<'disburse'>);
    case 'close': return applyClose(step);
    case 'rate': return applyRate(step, p as ActionPayload<'rate'>);
    case 'record-callback': return applyRecordCallback(step);
    case 'complete-rectification': return applyCompleteRectification(step);
  }
}
