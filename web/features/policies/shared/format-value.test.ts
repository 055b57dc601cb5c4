import { describe, expect, it } from 'vitest';
import type { Language } from '../../../app/i18n/language';
import type { ValueType } from './fact-values';
import { formatCountDelta, formatValue, formatYuan, formatYuanDelta, groupDigits } from './format-value';

const areaOptions = [
  { value: 'original', label: { zh: '原区域', en: 'original area' } },
  { value: 'expansion', label: { zh: '扩区区域', en: 'expansion area' } },
];

describe('formatValue', () => {
  it.each<[ValueType, unknown, Language, string]>([
    ['money', 6000000, 'zh-CN', '6,000,000 元'],
    ['money', 125019.8, 'en', 'CNY 125,019.8'],
    ['rate', 0.25, 'zh-CN', '25%'],
    ['rate', 0.101, 'en', '10.1%'],
    ['integer', 12000, 'en', '12,000'],
    ['number', 1.23456, 'en', '1.2346'],
    ['boolean', true, 'zh-CN', '是'],
    ['boolean', false, 'en', 'no'],
    ['enum', 'expansion', 'zh-CN', '扩区区域'],
    ['enum', 'expansion', 'en', 'expansion area'],
    ['enum', 'unknown', 'en', 'unknown'],
    ['string-list', ['A', 'B'], 'zh-CN', 'A、B'],
    ['string-list', ['A', 'B'], 'en', 'A, B'],
    ['date', '2024-06-30', 'en', '2024-06-30'],
    ['money', null, 'en', '—'],
    ['money', { mul: [{ param: 'averageSalary' }, 3] }, 'en', '{"mul":[{"param":"averageSalary"},3]}'],
  ])('%s %j (%s) → %s', (type, value, language, expected) => {
    expect(formatValue(type, value, language, areaOptions)).toBe(expected);
  });
});

describe('amounts and deltas', () => {
  it.each<[number | null, Language, string]>([
    [250000, 'zh-CN', '250,000 元'],
    [250000, 'en', 'CNY 250,000'],
    [null, 'zh-CN', '—'],
  ])('formatYuan(%j, %s) = %s', (amount, language, expected) => {
    expect(formatYuan(amount, language)).toBe(expected);
  });

  it.each<[number, Language, string]>([
    [250000, 'zh-CN', '+250,000 元'],
    [-1000.5, 'en', '−CNY 1,000.5'],
    [0, 'en', 'CNY 0'],
  ])('formatYuanDelta(%d, %s) = %s', (amount, language, expected) => {
    expect(formatYuanDelta(amount, language)).toBe(expected);
  });

  it.each([
    [12, '+12'],
    [-3, '−3'],
    [0, '0'],
    [1234, '+1,234'],
  ])('formatCountDelta(%d) = %s', (count, expected) => {
    expect(formatCountDelta(count)).toBe(expected);
  });
});

describe('groupDigits', () => {
  it.each([
    ['6000000', '6,000,000'],
    ['1234.5678', '1,234.5678'],
    ['-1234', '-1,234'],
    ['12.', '12.'],
    ['', ''],
    ['999', '999'],
  ])('%j → %j', (text, expected) => {
    expect(groupDigits(text)).toBe(expected);
  });
});
