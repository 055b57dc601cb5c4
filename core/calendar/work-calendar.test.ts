import { describe, expect, it } from 'vitest';
import { parseCalendarOverrides } from './calendar-override';
import { shanghaiDate } from './local-date';
import { createWorkCalendar } from './work-calendar';

const calendar = createWorkCalendar();

describe('official working days (chinese-days)', () => {
  it.each([
    // 2024 春节: 2-10…2-17 off, Sunday 2-4 and Sunday 2-18 worked
    ['2024-02-04', true, '春节调休 Sunday'],
    ['2024-02-09', true, 'Friday before the holiday'],
    ['2024-02-12', false, '春节 Monday'],
    ['2024-02-18', true, '春节调休 Sunday'],
    // 2024 国庆: 10-1…10-7 off, Sunday 9-29 and Saturday 10-12 worked
    ['2024-09-29', true, '国庆调休 Sunday'],
    ['2024-10-07', false, '国庆 Monday'],
    ['2024-10-12', true, '国庆调休 Saturday'],
    // 2025 春节: 1-28…2-4 off, Sunday 1-26 and Saturday 2-8 worked; 国庆+中秋: 10-1…10-8 off, 9-28 and 10-11 worked
    ['2025-01-26', true, '春节调休 Sunday'],
    ['2025-02-04', false, '春节 Tuesday'],
    ['2025-02-08', true, '春节调休 Saturday'],
    ['2025-10-08', false, '国庆 Wednesday'],
    ['2025-10-11', true, '国庆调休 Saturday'],
    // 2026 春节: 2-15…2-23 off, Saturdays 2-14 and 2-28 worked; 国庆: 10-1…10-7 off, Sunday 9-20 and Saturday 10-10 worked
    ['2026-02-14', true, '春节调休 Saturday'],
    ['2026-02-23', false, '春节 Monday'],
    ['2026-02-28', true, '春节调休 Saturday'],
    ['2026-09-20', true, '国庆调休 Sunday'],
    ['2026-10-07', false, '国庆 Wednesday'],
    ['2026-10-10', true, '国庆调休 Saturday'],
    ['2026-03-07', false, 'plain Saturday'],
    ['2026-03-09', true, 'plain Monday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2024-02-08', 1, '2024-02-09'],
    ['2024-02-08', 2, '2024-02-18'],
    ['2024-02-03', 1, '2024-02-04'],
    ['2024-09-27', 1, '2024-09-29'],
    ['2024-09-27', 3, '2024-10-08'],
    ['2024-10-11', 1, '2024-10-12'],
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-24', 3, '2025-02-05'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-09-30', 3, '2025-10-11'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-02-24', -1, '2026-02-14'],
    ['2026-02-24', 0, '2026-02-24'],
  ])('%s + %d working days = %s', (date, days, expected) => {
    expect(calendar.addWorkingDays(date, days)).toBe(expected);
  });

  it.each([
    ['2024-02-08', '2024-02-19', 3],
    ['2025-09-30', '2025-10-12', 3],
    ['2026-02-13', '2026-02-28', 6],
    ['2026-02-28', '2026-02-13', -6],
    ['2026-02-13', '2026-02-13', 0],
    ['2026-02-22', '2026-02-21', 0],
  ])('working days after %s up to %s: %d', (from, to, expected) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(expected);
  });

  it('knows the official arrangement up to 2026 and says so when a year is missing', () => {
    expect([2024, 2025, 2026].map((y) => calendar.hasOfficialData(y))).toEqual([true, true, true]);
    expect(calendar.hasOfficialData(2027)).toBe(false);
  });

  it.each([['2026-02-30'], ['2026-2-3'], [20260203], [undefined]])('refuses the date %j naming the field', (date) => {
    expect(() => calendar.isWorkingDay(date as string)).toThrow(expect.objectContaining({ code: 'CALENDAR_DATE_INVALID', details: expect.objectContaining({ field: 'date' }) }));
  });
});

describe('overrides', () => {
  // 2027 is not in chinese-days yet: an administrator enters its 春节 (illustrative dates) as overrides.
  const overrides = parseCalendarOverrides([
    { date: '2027-02-08', kind: 'holiday', reason: '春节（示意）' },
    { date: '2027-02-09', kind: 'holiday', reason: '春节（示意）' },
    { date: '2027-02-14', kind: 'workday', reason: '春节调休（示意）' },
    { date: '2026-03-09', kind: 'holiday', reason: '本地调整' },
  ]);
  const adjusted = createWorkCalendar(overrides);

  it.each([
    ['2027-02-08', true, false],
    ['2027-02-14', false, true],
    ['2026-03-09', true, false],
    ['2026-02-14', true, true],
  ])('%s: official %s, with overrides %s', (date, official, withOverrides) => {
    expect(calendar.isWorkingDay(date)).toBe(official);
    expect(adjusted.isWorkingDay(date)).toBe(withOverrides);
  });

  it('counts across an overridden year', () => {
    expect(adjusted.addWorkingDays('2027-02-05', 1)).toBe('2027-02-10');
    expect(adjusted.workingDaysBetween('2027-02-05', '2027-02-15')).toBe(5);
  });

  it.each([
    [[{ date: '2027-02-30', kind: 'holiday', reason: 'x' }], '[0].date'],
    [[{ date: '2027-02-03', kind: 'weekend', reason: 'x' }], '[0].kind'],
    [[{ date: '2027-02-03', kind: 'holiday', reason: ' ' }], '[0].reason'],
    [[{ date: '2027-02-03', kind: 'holiday', reason: 'x', extra: 1 }], '[0]'],
    [[{ date: '2027-02-03', kind: 'holiday', reason: 'x' }, { date: '2027-02-03', kind: 'workday', reason: 'y' }], '[1].date'],
    ['not a list', ''],
  ])('refuses %j naming %s', (input, path) => {
    expect(() => parseCalendarOverrides(input)).toThrow(expect.objectContaining({ code: 'CALENDAR_OVERRIDE_INVALID', details: expect.objectContaining({ path }) }));
  });
});

describe('the day of an instant in Shanghai', () => {
  it.each([
    ['2024-02-07T15:59:59Z', '2024-02-07'],
    ['2024-02-07T16:00:00Z', '2024-02-08'],
    ['2024-02-08T00:30:00+08:00', '2024-02-08'],
    ['2024-02-07T23:30:00-05:00', '2024-02-08'],
  ])('%s falls on %s', (instant, date) => {
    expect(shanghaiDate(instant)).toBe(date);
  });

  it.each([['2024-02-07T10:00:00'], ['yesterday'], [new Date(NaN)]])('refuses %j, which names no offset or no time', (instant) => {
    expect(() => shanghaiDate(instant, 'at')).toThrow(expect.objectContaining({ code: 'CALENDAR_DATE_INVALID', details: expect.objectContaining({ field: 'at' }) }));
  });
});

describe('independence from the machine’s time zone', () => {
  it('answers the same west of UTC, where chinese-days’ own functions shift every holiday by a day', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const west = createWorkCalendar();
      expect(['2024-02-09', '2024-02-10', '2024-02-18', '2026-10-10'].map((d) => west.isWorkingDay(d))).toEqual([true, false, true, true]);
      expect(west.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    } finally {
      process.env.TZ = saved;
    }
  });
});
