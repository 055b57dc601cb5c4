/**
 * 报送、决定、拨付、办结 — report to the deciding body, approve (with an amount where the stage requires one) or
 * reject with reasons that cite the rule trace, pay out the approved amount (in one or more payments) and close.
 * Every decision records the definition version that produced it and issues the decision document.
 */
import type { ActionPayload } from './action-payloads.schema';
import { advance, closeCase } from './enter-stage';
import { formatMoney, remainingToDisburse, toFen } from './money';
import { refusal, type Refusal } from './refusals';
import { currentStage, issueDocument, notify, type Step } from './step';

export function applyReport(step: Step): void {
  advance(step);
}

export function applyApprove(step: Step, payload: ActionPayload<'approve'>): Refusal | undefined {
  const stage = currentStage(step);
  const needsAmount = stage.decision!.amount === 'required';
  const amount = payload.amount ?? null;
  if (needsAmount !== (amount !== null)) {
    return refusal('WORKFLOW_PAYLOAD_INVALID', { action: 'approve', stage }, {
      issues: [needsAmount ? 'amount: required at this stage' : 'amount: this decision carries no amount'],
    });
  }
  step.state.decision = {
    outcome: 'approved',
    amount,
    reasons: payload.note ? [{ text: payload.note }] : [],
    decidedAt: step.now,
    decidedByUnitId: step.actor.unitId!,
    definitionVersion: step.workflow.definition.version,
  };
  issueDocument(step, 'decision', { outcome: 'approved', amount, definitionVersion: step.workflow.definition.version });
  notify(step, 'case-decided', { applicant: true });
  advance(step);
}

export function applyReject(step: Step, payload: ActionPayload<'reject'>): void {
  const version = step.workflow.definition.version;
  step.state.decision = {
    outcome: 'rejected',
    amount: null,
    reasons: payload.reasons,
    decidedAt: step.now,
    decidedByUnitId: step.actor.unitId!,
    definitionVersion: version,
  };
  issueDocument(step, 'decision', { outcome: 'rejected', reasons: payload.reasons, definitionVersion: version });
  notify(step, 'case-decided', { applicant: true });
  closeCase(step, 'rejected');
}

export function applyDisburse(step: Step, payload: ActionPayload<'disburse'>): Refusal | undefined {
  const remaining = remainingToDisburse(step.state);
  if (toFen(payload.amount) > remaining) {
    return refusal('WORKFLOW_DISBURSEMENT_EXCEEDS_APPROVED', { action: 'disburse', stage: currentStage(step) }, {
      amount: formatMoney(toFen(payload.amount)),
      remaining: formatMoney(remaining),
    });
  }
  step.state.disbursements.push({ amount: payload.amount, voucher: payload.voucher, at: step.now, byUnitId: step.actor.unitId! });
  notify(step, 'funds-disbursed', { applicant: true });
}

export function applyClose(step: Step): void {
  advance(step);
}
