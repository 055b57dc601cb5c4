import { describe, expect, it } from 'vitest';
import { formatCaseNumber, parseCaseNumber } from './case-number';

describe('case numbers', () => {
  it.each([
    ['ZJZX', 2026, 1, 'ZJZX-2026-000001'],
    ['ZJRC', 2026, 123, 'ZJRC-2026-000123'],
    ['ZJZX', 2027, 999999, 'ZJZX-2027-999999'],
    ['ZJZX', 2027, 1234567, 'ZJZX-2027-1234567'],
  ])('%s, %d, %d → %s, and back', (prefix, year, seq, text) => {
    expect(formatCaseNumber(prefix, year, seq)).toBe(text);
    expect(parseCaseNumber(text)).toEqual({ prefix, year, seq });
  });

  it.each([
    ['zjzx', 2026, 1, 'prefix'],
    ['Z', 2026, 1, 'prefix'],
    ['ZJ-ZX', 2026, 1, 'prefix'],
    ['ZJZX', 1999, 1, 'year'],
    ['ZJZX', 2026.5, 1, 'year'],
    ['ZJZX', 2026, 0, 'seq'],
    ['ZJZX', 2026, 1.5, 'seq'],
  ])('refuses %s, %d, %d naming the %s', (prefix, year, seq, field) => {
    expect(() => formatCaseNumber(prefix, year, seq)).toThrow(expect.objectContaining({ code: 'CASE_NUMBER_INVALID', details: expect.objectContaining({ field }) }));
  });

  it.each([['ZJZX-2026-123'], ['ZJZX-2026-0000123'], ['zjzx-2026-000001'], ['ZJZX-2026-000000'], ['ZJZX 2026 000001'], ['']])('does not read %j as a case number', (text) => {
    expect(parseCaseNumber(text)).toBeUndefined();
  });
});
