import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

describe('formatDateTime', () => {
  it.each([
    ['2026-11-28T09:13:45.200Z', {}, '2026-11-28 17:13'],
    ['2026-11-28T16:30:00Z', { seconds: true }, '2026-11-29 00:30:00'],
    [null, {}, '—'],
    ['not a date', {}, 'not a date'],
  ] as const)('%s → %s', (iso, options, expected) => {
    expect(formatDateTime(iso, options)).toBe(expected);
  });
});
