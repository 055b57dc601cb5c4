import { describe, expect, it } from 'vitest';
import { formatAmount, formatBytes, formatCount, formatMeasure, toPercent } from './registry-format';

describe('registry number formats', () => {
  it.each([
    [12345, 'zh-CN', '12,345'],
    [12345.6, 'en', '12,346'],
    [null, 'en', '—'],
    [Number.NaN, 'zh-CN', '—'],
  ] as const)('count %s (%s) → %s', (value, language, expected) => {
    expect(formatCount(value, language)).toBe(expected);
  });

  it.each([
    [1234.567, '1,234.57'],
    [500, '500'],
    [undefined, '—'],
  ] as const)('amount %s → %s', (value, expected) => {
    expect(formatAmount(value, 'zh-CN')).toBe(expected);
  });

  it.each([
    ['count', 1234.5, '1,235'],
    ['employees', 10.4, '10'],
    ['revenue', 10.456, '10.46'],
    ['tax', 0.5, '0.5'],
  ] as const)('%s %d → %s', (measure, value, expected) => {
    expect(formatMeasure(measure, value, 'en')).toBe(expected);
  });

  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KB'],
    [25 * 1024 * 1024, '25 MB'],
    [3 * 1024 ** 3, '3.0 GB'],
    [-1, '—'],
  ])('%d bytes → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it.each([
    [0, 0],
    [0.424, 42],
    [1, 100],
    [1.2, 100],
    [-0.1, 0],
    [Number.NaN, 0],
  ])('share %d → %d%%', (share, percent) => {
    expect(toPercent(share)).toBe(percent);
  });
});
