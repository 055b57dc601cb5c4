/**
 * 金额 — yuan as numbers on the wire, compared and summed in whole fen so that repeated payments never drift.
 */
import type { CaseState } from './case-state';

export function toFen(yuan: number): number {
  return Math.round(yuan * 100);
}

export function formatMoney(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** Fen of the approved amount not yet paid out; 0 without an approved amount. */
export function remainingToDisburse(state: CaseState): number {
  const approved = state.decision?.outcome === 'approved' ? state.decision.amount : null;
  if (approved === null) return 0;
  return toFen(approved) - state.disbursements.reduce((sum, d) => sum + toFen(d.amount), 0);
}
