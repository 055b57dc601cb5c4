import { describe, expect, it } from 'vitest';
import { isoToShanghaiInput, lastDays, shanghaiInputToIso } from './shanghai-time';

describe('Shanghai time inputs', () => {
  it.each([
    ['2026-11-28T17:00', '2026-11-28T17:00:00+08:00'],
    ['', undefined],
    [undefined, undefined],
    ['yesterday', undefined],
  ])('%j → %j', (input, expected) => {
    expect(shanghaiInputToIso(input)).toBe(expected);
  });

  it('shows an instant as Shanghai wall-clock time, and back', () => {
    expect(isoToShanghaiInput('2026-11-28T09:00:00.000Z')).toBe('2026-11-28T17:00');
    expect(new Date(shanghaiInputToIso(isoToShanghaiInput('2026-11-28T09:00:00.000Z'))!).toISOString()).toBe('2026-11-28T09:00:00.000Z');
    expect(isoToShanghaiInput(undefined)).toBe('');
    expect(isoToShanghaiInput('garbage')).toBe('');
  });

  it('spans the last days up to now', () => {
    expect(lastDays(7, new Date('2026-11-28T00:00:00Z'))).toEqual({ from: '2026-11-21T00:00:00.000Z', to: '2026-11-28T00:00:00.000Z' });
  });
});
