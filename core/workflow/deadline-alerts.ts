/**
 * 时限提醒与超期督办 — which alerts a case's stage clocks call for at a moment: a reminder (提醒) once a stage's clock
 * is yellow (more than 80 % of its limit used), an escalation (督办) once it is red (overdue). Each alert is keyed by
 * its clock, and a clock belongs to one entry of a stage, so a job that records them once per key is idempotent and
 * a stage entered again raises its alerts afresh. A clock paused for a correction waits on the applicant, not the
 * officer, and raises nothing.
 */
import type { Instant, LocalDate } from '../calendar/local-date';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { CaseState } from './case-state';
import { describeTimer } from './describe-timers';

/** 提醒 (yellow) / 督办 (red). */
export type DeadlineAlertKind = 'reminder' | 'escalation';

/** 时限提醒 — one alert a stage entry's clock calls for. */
export interface DeadlineAlert {
  kind: DeadlineAlertKind;
  /** The clock's id (`stage:<stage>:<visit>`): one per stage entry. */
  timerId: string;
  stageId: string;
  visit: number;
  /** The last working day within the limit that turned the colour. */
  dueDate: LocalDate | null;
  /** The units handling the stage: officers are reminded, their leaders get the escalation. */
  unitIds: string[];
}

export function listDeadlineAlerts(state: CaseState, calendar: WorkCalendar, now: Instant): DeadlineAlert[] {
  if (state.status !== 'open') return [];
  return state.timers.flatMap((timer) => {
    if (timer.kind !== 'stage' || timer.stageId === null || timer.stoppedAt !== null) return [];
    const view = describeTimer(timer, calendar, now);
    const deadline = view.promised?.status === view.status ? view.promised : view.statutory;
    if (view.status === 'green' || deadline.isPaused) return [];
    return [{
      kind: view.status === 'red' ? 'escalation' : 'reminder',
      timerId: timer.id,
      stageId: timer.stageId,
      visit: timer.visit,
      dueDate: deadline.dueDate,
      unitIds: state.assignments[timer.stageId]?.units ?? [],
    }];
  });
}
