/**
 * 办件状态写入 — what is stored next to the state after each action so that scope and colour filters run in SQL:
 * the units the case is assigned, signed or copied to, its experts, and its deadline dates.
 */
import type { WorkCalendar } from '../../../core/calendar';
import type { CaseState } from '../../../core/workflow';
import { deadlineDates } from './case-deadlines';
import type { CaseStateWrite } from './cases.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function caseStateWrite(state: CaseState, calendar: WorkCalendar, now: string): CaseStateWrite {
  const units = new Set<string>(state.copiedTo);
  for (const assignment of Object.values(state.assignments)) for (const unit of [...assignment.units, ...assignment.participants]) units.add(unit);
  for (const signer of state.signing?.signers ?? []) units.add(signer.unitId);
  const experts = (state.experts?.seats ?? []).flatMap((seat) => [seat.userId, ...(seat.replacedBy ? [seat.replacedBy] : [])]);
  const { yellowOn, due } = deadlineDates(state, calendar, now);
  return { state, unitIds: [...units], expertUserIds: experts.filter((id) => UUID.test(id)), deadlineYellowOn: yellowOn, deadlineDue: due };
}
