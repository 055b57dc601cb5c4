import { describe, expect, it } from 'vitest';
import { dateKindOfFormat, formatIsoDate, formatSerialDate } from './xlsx-dates';
import { formatNumber } from './xlsx-sheet';

describe('dateKindOfFormat', () => {
  it.each([
    [14, undefined, 'date'],
    [22, undefined, 'datetime'],
    [21, undefined, 'time'],
    [31, undefined, 'date'],
    [0, undefined, null],
    [4, undefined, null],
    [164, 'yyyy-mm-dd', 'date'],
    [164, 'yyyy"年"m"月"d"日"', 'date'],
    [164, 'yyyy/m/d h:mm', 'datetime'],
    [164, '[$-F800]dddd, mmmm dd, yyyy', 'date'],
    [164, '[h]:mm:ss', 'time'],
    [164, 'h:mm AM/PM', 'time'],
    [164, 'mmm-yy', 'date'],
    [164, '0.00E+00', null],
    [164, '#,##0.00_);[Red](#,##0.00)', null],
    [164, '"days: "0', null],
    [164, '0.0" ms"', null],
    [164, '@', null],
    [14, '0.00', null],
  ] as const)('id %i, code %j → %s', (id, code, kind) => {
    expect(dateKindOfFormat(id, code)).toBe(kind);
  });
});

describe('formatSerialDate', () => {
  it.each([
    ['45356', 'date', false, '2024-03-05'],
    ['45356.5', 'date', false, '2024-03-05'],
    ['45356.5', 'datetime', false, '2024-03-05 12:00:00'],
    ['45356', 'datetime', false, '2024-03-05'],
    ['45356.999999999', 'datetime', false, '2024-03-06'],
    ['0.75', 'time', false, '18:00:00'],
    ['1', 'date', false, '1900-01-01'],
    ['59', 'date', false, '1900-02-28'],
    ['61', 'date', false, '1900-03-01'],
    ['0', 'date', true, '1904-01-01'],
    ['43894', 'date', true, '2024-03-05'],
    ['-1', 'date', false, '-1'],
    ['99999999', 'date', false, '99999999'],
  ] as const)('%s as %s (1904: %s) → %s', (raw, kind, is1904, text) => {
    expect(formatSerialDate(raw, kind, is1904)).toBe(text);
  });

  it.each([
    ['2024-03-05T00:00:00Z', '2024-03-05'],
    ['2024-03-05T08:30:00', '2024-03-05 08:30:00'],
    ['2024-03-05', '2024-03-05'],
    ['garbage', 'garbage'],
  ])('ISO %s → %s', (raw, text) => {
    expect(formatIsoDate(raw)).toBe(text);
  });
});

describe('formatNumber', () => {
  it.each([
    ['42', '42'],
    ['-3.5', '-3.5'],
    ['0.30000000000000004', '0.3'],
    ['13800138000', '13800138000'],
    ['1.2345678901234568E+17', '123456789012346000'],
    ['1E-3', '0.001'],
  ])('%s → %s', (raw, text) => {
    expect(formatNumber(raw)).toBe(text);
  });
});
