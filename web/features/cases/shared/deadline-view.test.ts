import { describe, expect, it } from 'vitest';
import { deadlineTagView, type DeadlineLike, type DeadlineTagView } from './deadline-view';

const deadline = (overrides: Partial<DeadlineLike>): DeadlineLike => ({
  status: 'green',
  remainingWorkingDays: 5,
  dueDate: '2026-12-04',
  isPaused: false,
  ...overrides,
});

describe('deadlineTagView', () => {
  it.each<[string, Partial<DeadlineLike>, DeadlineTagView]>([
    ['green with days left', {}, { color: 'success', key: 'remaining', days: 5 }],
    ['yellow past 80 %', { status: 'yellow', remainingWorkingDays: 1 }, { color: 'warning', key: 'remaining', days: 1 }],
    ['due today', { status: 'yellow', remainingWorkingDays: 0 }, { color: 'warning', key: 'dueToday', days: 0 }],
    ['red and overdue by days', { status: 'red', remainingWorkingDays: -3 }, { color: 'error', key: 'overdue', days: 3 }],
    ['paused for a correction, whatever the colour', { status: 'yellow', isPaused: true, dueDate: null }, { color: 'default', key: 'paused', days: 5 }],
  ])('%s', (_name, overrides, expected) => {
    expect(deadlineTagView(deadline(overrides))).toEqual(expected);
  });
});
