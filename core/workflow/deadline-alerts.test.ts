import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import type { CaseState, Timer } from './case-state';
import { listDeadlineAlerts } from './deadline-alerts';
import { openCase } from './open-case';
import { loadWorkflow } from './testdata/zone-workflows';

const calendar = createWorkCalendar();
const base = openCase(loadWorkflow('talent.yaml'));

/** A review clock entered on Monday 2026-03-02: 10 working days end on Monday 03-16 (yellow from the 9th, 03-13). */
function stateWith(timer: Partial<Timer>, state: Partial<CaseState> = {}): CaseState {
  return {
    ...base,
    status: 'open',
    stageId: 'review',
    assignments: { review: { units: ['jinqiao'], mode: 'all', participants: [] } },
    timers: [{ id: 'stage:review:1', kind: 'stage', stageId: 'review', visit: 1, promised: null, statutory: 10, startedAt: '2026-03-02T01:00:00Z', pauses: [], stoppedAt: null, ...timer }],
    ...state,
  };
}

const at = (date: string) => `${date}T02:00:00Z`;

describe('listDeadlineAlerts', () => {
  it.each([
    ['green at 8 of 10 days used', stateWith({}), '2026-03-12', []],
    ['yellow at 9 of 10: a reminder', stateWith({}), '2026-03-13', [{ kind: 'reminder', dueDate: '2026-03-16' }]],
    ['still yellow on the last day', stateWith({}), '2026-03-16', [{ kind: 'reminder', dueDate: '2026-03-16' }]],
    ['red the day after: an escalation', stateWith({}), '2026-03-17', [{ kind: 'escalation', dueDate: '2026-03-16' }]],
    ['the promised limit colours first', stateWith({ promised: 5 }), '2026-03-09', [{ kind: 'reminder', dueDate: '2026-03-09' }]],
    ['overdue on the promised limit', stateWith({ promised: 5 }), '2026-03-10', [{ kind: 'escalation', dueDate: '2026-03-09' }]],
    ['a stopped clock (stage left)', stateWith({ stoppedAt: '2026-03-05T01:00:00Z' }), '2026-03-17', []],
    ['a clock paused for a correction', stateWith({ pauses: [{ from: '2026-03-13T01:00:00Z', to: null }] }), '2026-03-17', []],
    ['a closed case', stateWith({}, { status: 'closed' }), '2026-03-17', []],
    ['a clock that is not a stage’s', stateWith({ kind: 'case', stageId: null, id: 'case' }), '2026-03-17', []],
  ])('%s', (_, state, date, expected) => {
    const alerts = listDeadlineAlerts(state, calendar, at(date));
    expect(alerts.map(({ kind, dueDate }) => ({ kind, dueDate }))).toEqual(expected);
  });

  it('keys each alert by the stage entry and names the units handling it', () => {
    const [alert] = listDeadlineAlerts(stateWith({ id: 'stage:review:2', visit: 2 }), calendar, at('2026-03-17'));
    expect(alert).toEqual({ kind: 'escalation', timerId: 'stage:review:2', stageId: 'review', visit: 2, dueDate: '2026-03-16', unitIds: ['jinqiao'] });
  });
});
