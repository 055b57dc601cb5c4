/**
 * 会签与或签 — who signs a stage and when it is signed off. Countersign (会签): every unit signs. Any-sign (或签):
 * one unit of the group suffices. 加签 adds a unit that must always sign: before the unit that added it (that unit
 * then waits), or after it (the added unit waits for it).
 */
import type { SigningState, Signer, StageAssignment } from './case-state';
import type { StageDefinition } from './workflow-definition.schema';

export function startSigning(stage: StageDefinition, assignment: StageAssignment): SigningState {
  const mode = stage.signing === 'route' ? (assignment.mode === 'any' ? 'any-sign' : 'countersign') : stage.signing ?? 'countersign';
  return {
    mode,
    signers: assignment.units.map((unitId) => newSigner(unitId, mode === 'countersign', [], null)),
  };
}

export function newSigner(unitId: string, isRequired: boolean, waitsFor: string[], addedByUnitId: string | null): Signer {
  return { unitId, isRequired, waitsFor, addedByUnitId, signedAt: null, opinion: null, comment: null };
}

/** Whether one unit of the any-sign group has signed (always true when there is no group). */
function isGroupSatisfied(signing: SigningState): boolean {
  const group = signing.signers.filter((s) => !s.isRequired);
  return group.length === 0 || group.some((s) => s.signedAt !== null);
}

export function isSigningComplete(signing: SigningState): boolean {
  return isGroupSatisfied(signing) && signing.signers.every((s) => !s.isRequired || s.signedAt !== null);
}

/** Units whose signature is still needed (the whole group while no one of it has signed). */
export function listPendingSigners(signing: SigningState): string[] {
  const groupDone = isGroupSatisfied(signing);
  return signing.signers.filter((s) => s.signedAt === null && (s.isRequired || !groupDone)).map((s) => s.unitId);
}

export type SignerStatus =
  | { status: 'absent' }
  | { status: 'signed' }
  /** An any-sign group another unit already signed for. */
  | { status: 'not-needed' }
  | { status: 'waiting'; waitingFor: string[] }
  | { status: 'due' };

export function signerStatus(signing: SigningState, unitId: string | null): SignerStatus {
  const signer = signing.signers.find((s) => s.unitId === unitId);
  if (!signer) return { status: 'absent' };
  if (signer.signedAt !== null) return { status: 'signed' };
  if (!signer.isRequired && isGroupSatisfied(signing)) return { status: 'not-needed' };
  const signed = new Set(signing.signers.filter((s) => s.signedAt !== null).map((s) => s.unitId));
  const waitingFor = signer.waitsFor.filter((u) => !signed.has(u));
  return waitingFor.length > 0 ? { status: 'waiting', waitingFor } : { status: 'due' };
}

/** Signers that may sign now, e.g. to tell them after someone signed. */
export function listDueSigners(signing: SigningState): string[] {
  return signing.signers.filter((s) => signerStatus(signing, s.unitId).status === 'due').map((s) => s.unitId);
}
