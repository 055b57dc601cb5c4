/**
 * 签署与加签 — a unit signs its opinion; when the stage's signatures are complete a review or countersign stage
 * moves on (a decision stage waits for approve or reject). 加签 adds a unit before the actor (the actor then waits
 * for it) or after the actor (it waits for the actor).
 */
import type { ActionPayload } from './action-payloads.schema';
import { advance } from './enter-stage';
import { refusal, type Refusal } from './refusals';
import { isSigningComplete, listDueSigners, newSigner } from './signing';
import { currentStage, notify, type Step } from './step';

export function applySign(step: Step, payload: ActionPayload<'sign'>): void {
  const signing = step.state.signing!;
  const dueBefore = new Set(listDueSigners(signing));
  const signer = signing.signers.find((s) => s.unitId === step.actor.unitId)!;
  signer.signedAt = step.now;
  signer.opinion = payload.opinion;
  signer.comment = payload.comment ?? null;
  if (isSigningComplete(signing) && currentStage(step).kind !== 'decision') {
    advance(step);
    return;
  }
  notify(step, 'signature-requested', { units: listDueSigners(signing).filter((u) => !dueBefore.has(u)) });
}

export function applyAddSigner(step: Step, payload: ActionPayload<'add-signer'>): Refusal | undefined {
  const signing = step.state.signing!;
  const actorUnit = step.actor.unitId!;
  if (signing.signers.some((s) => s.unitId === payload.unitId)) {
    return refusal('WORKFLOW_SIGNER_DUPLICATE', { action: 'add-signer', stage: currentStage(step) }, { unit: payload.unitId });
  }
  if (payload.position === 'before') {
    signing.signers.find((s) => s.unitId === actorUnit)!.waitsFor.push(payload.unitId);
    signing.signers.push(newSigner(payload.unitId, true, [], actorUnit));
  } else {
    signing.signers.push(newSigner(payload.unitId, true, [actorUnit], actorUnit));
  }
  notify(step, 'signature-requested', { units: [payload.unitId] });
}
