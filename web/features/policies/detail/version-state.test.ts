import { describe, expect, it } from 'vitest';
import { todayInShanghai, versionState, type VersionState } from './version-state';

describe('versionState', () => {
  it.each<[string, string | null, string, VersionState]>([
    ['2022-07-01', '2023-12-31', '2023-06-30', 'current'],
    ['2022-07-01', '2023-12-31', '2023-12-31', 'current'],
    ['2022-07-01', '2023-12-31', '2024-01-01', 'past'],
    ['2024-01-01', null, '2026-11-28', 'current'],
    ['2027-01-01', null, '2026-11-28', 'upcoming'],
    ['2027-01-01', null, '2027-01-01', 'current'],
  ])('%s – %s on %s → %s', (validFrom, validTo, day, expected) => {
    expect(versionState({ validFrom, validTo }, day)).toBe(expected);
  });
});

describe('todayInShanghai', () => {
  it.each([
    ['2026-11-28T15:59:59Z', '2026-11-28'],
    ['2026-11-28T16:00:00Z', '2026-11-29'],
    ['2026-12-31T20:00:00Z', '2027-01-01'],
  ])('%s → %s', (instant, expected) => {
    expect(todayInShanghai(new Date(instant))).toBe(expected);
  });
});
