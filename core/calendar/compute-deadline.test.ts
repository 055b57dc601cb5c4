import { describe, expect, it } from 'vitest';
import { computeDeadline, type ClockPause, type Deadline } from './compute-deadline';
import { parseCalendarOverrides } from './calendar-override';
import { createWorkCalendar } from './work-calendar';

const calendar = createWorkCalendar();
const at = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;

type Row = [string, number, string, ClockPause[], string, Pick<Deadline, 'usedWorkingDays' | 'dueDate' | 'status' | 'isPaused'>];

describe('deadlines in working days', () => {
  it.each<Row>([
    // 2024 春节: counted 2-8, 2-9, 2-18 (调休 Sunday), 2-19, 2-20
    ['春节 2024, 4 of 5 used: green', 5, at('2024-02-07'), [], at('2024-02-19'), { usedWorkingDays: 4, dueDate: '2024-02-20', status: 'green', isPaused: false }],
    ['春节 2024, on the due day: yellow', 5, at('2024-02-07'), [], at('2024-02-20'), { usedWorkingDays: 5, dueDate: '2024-02-20', status: 'yellow', isPaused: false }],
    ['春节 2024, a day late: red', 5, at('2024-02-07'), [], at('2024-02-21'), { usedWorkingDays: 6, dueDate: '2024-02-20', status: 'red', isPaused: false }],
    ['春节 2024, holidays do not count', 5, at('2024-02-07'), [], at('2024-02-15'), { usedWorkingDays: 2, dueDate: '2024-02-20', status: 'green', isPaused: false }],
    ['an entry at 04:00 Shanghai (20:00 UTC the day before) counts from the Shanghai day', 5, '2024-02-07T20:00:00Z', [], at('2024-02-19'), { usedWorkingDays: 3, dueDate: '2024-02-21', status: 'green', isPaused: false }],
    // 2025 国庆 + 中秋: 10-1…10-8 off; counted 10-9, 10-10, 10-11 (调休 Saturday)
    ['国庆 2025, due on the 调休 Saturday', 3, at('2025-09-30'), [], at('2025-10-11'), { usedWorkingDays: 3, dueDate: '2025-10-11', status: 'yellow', isPaused: false }],
    ['国庆 2025, overdue on the Sunday after, with no further working day used', 3, at('2025-09-30'), [], at('2025-10-12'), { usedWorkingDays: 3, dueDate: '2025-10-11', status: 'red', isPaused: false }],
    // 2025 春节: counted 1-24, 1-26 (调休 Sunday), 1-27, then 2-5 …
    ['春节 2025 with its 调休 Sunday', 4, at('2025-01-23'), [], at('2025-02-05'), { usedWorkingDays: 4, dueDate: '2025-02-05', status: 'yellow', isPaused: false }],
    // 2026 春节: counted 2-13, 2-14 (调休 Saturday), 2-24 … 2-27, 2-28 (调休 Saturday), 3-2, 3-3, 3-4
    ['春节 2026, a 10-day limit', 10, at('2026-02-12'), [], at('2026-02-27'), { usedWorkingDays: 6, dueDate: '2026-03-04', status: 'green', isPaused: false }],
    ['春节 2026, 9 of 10 used: yellow', 10, at('2026-02-12'), [], at('2026-03-03'), { usedWorkingDays: 9, dueDate: '2026-03-04', status: 'yellow', isPaused: false }],
    // 2026 国庆 + 中秋 (9-25): counted 9-23, 9-24, 9-28, 9-29, 9-30, 10-8, 10-9, 10-10 (调休 Saturday)
    ['国庆 2026 across 中秋', 8, at('2026-09-22'), [], at('2026-10-09'), { usedWorkingDays: 7, dueDate: '2026-10-10', status: 'yellow', isPaused: false }],
    // correction pauses the clock: 9-26, 9-27 count; (9-27, 10-9] does not; then 10-10, 10-11, 10-12 (调休 Saturday)
    ['国庆 2024 with a correction pause', 5, at('2024-09-25'), [{ from: at('2024-09-27'), to: at('2024-10-09', '15:00') }], at('2024-10-11'), { usedWorkingDays: 4, dueDate: '2024-10-12', status: 'green', isPaused: false }],
    ['国庆 2024, late after the pause', 5, at('2024-09-25'), [{ from: at('2024-09-27'), to: at('2024-10-09', '15:00') }], at('2024-10-14'), { usedWorkingDays: 6, dueDate: '2024-10-12', status: 'red', isPaused: false }],
    ['a running pause leaves the due date open', 5, at('2024-09-25'), [{ from: at('2024-09-27') }], at('2024-10-14'), { usedWorkingDays: 2, dueDate: null, status: 'green', isPaused: true }],
    ['a pause that ends after the moment asked about still runs then', 5, at('2024-09-25'), [{ from: at('2024-09-27'), to: at('2024-10-20') }], at('2024-10-14'), { usedWorkingDays: 2, dueDate: null, status: 'green', isPaused: true }],
    ['a pause that begins after the moment asked about has not happened', 5, at('2024-09-25'), [{ from: at('2024-10-20') }], at('2024-09-27'), { usedWorkingDays: 2, dueDate: '2024-10-08', status: 'green', isPaused: false }],
    ['a pause begun after the due date keeps it, and red', 2, at('2025-01-20'), [{ from: at('2025-01-24') }], at('2025-02-10'), { usedWorkingDays: 4, dueDate: '2025-01-22', status: 'red', isPaused: true }],
    ['two pauses', 3, at('2024-03-04'), [{ from: at('2024-03-05'), to: at('2024-03-06') }, { from: at('2024-03-07'), to: at('2024-03-08') }], at('2024-03-12'), { usedWorkingDays: 4, dueDate: '2024-03-11', status: 'red', isPaused: false }],
  ])('%s', (_, limit, enteredAt, pauses, now, expected) => {
    const deadline = computeDeadline(calendar, { limit, enteredAt, pauses, now });
    expect(deadline).toMatchObject(expected);
    expect(deadline.remainingWorkingDays).toBe(limit - expected.usedWorkingDays);
  });

  it('re-arms on each entry: a stage entered again counts from the new entry only', () => {
    const first = computeDeadline(calendar, { limit: 3, enteredAt: at('2024-02-01'), now: at('2024-02-05') });
    const again = computeDeadline(calendar, { limit: 3, enteredAt: at('2024-02-19'), now: at('2024-02-21') });
    expect(first).toMatchObject({ usedWorkingDays: 3, dueDate: '2024-02-05', status: 'yellow' });
    expect(again).toMatchObject({ usedWorkingDays: 2, dueDate: '2024-02-22', status: 'green' });
  });

  it('uses the administrator’s overrides for a year the package does not know (2027)', () => {
    const adjusted = createWorkCalendar(parseCalendarOverrides([
      { date: '2027-02-08', kind: 'holiday', reason: '春节（示意）' },
      { date: '2027-02-09', kind: 'holiday', reason: '春节（示意）' },
      { date: '2027-02-14', kind: 'workday', reason: '春节调休（示意）' },
    ]));
    expect(computeDeadline(adjusted, { limit: 3, enteredAt: at('2027-02-05'), now: at('2027-02-14') })).toMatchObject({ usedWorkingDays: 4, dueDate: '2027-02-12', status: 'red' });
    expect(computeDeadline(calendar, { limit: 3, enteredAt: at('2027-02-05'), now: at('2027-02-14') })).toMatchObject({ usedWorkingDays: 5, dueDate: '2027-02-10' });
  });

  it.each([
    [{ limit: 0 }, 'limit'],
    [{ limit: 2.5 }, 'limit'],
    [{ enteredAt: '2024-02-01 10:00' }, 'enteredAt'],
    [{ now: 'now' }, 'now'],
    [{ pauses: [{ from: at('2024-02-03'), to: at('2024-02-02') }] }, 'pauses[0].to'],
  ])('refuses %j naming the field', (override, field) => {
    const input = { limit: 3, enteredAt: at('2024-02-01'), now: at('2024-02-05'), ...override };
    expect(() => computeDeadline(calendar, input)).toThrow(expect.objectContaining({ code: 'CALENDAR_DATE_INVALID', details: expect.objectContaining({ field }) }));
  });
});
