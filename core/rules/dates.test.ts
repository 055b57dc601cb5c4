import { describe, expect, it } from 'vitest';
import { addYears, formatDate, nextDay, parseIsoDate, previousDay, yearsBetween } from './dates';

describe('dates', () => {
  it.each([
    ['2024-02-29', 20240229],
    ['2023-12-31', 20231231],
    ['2023-02-29', undefined],
    ['2023-13-01', undefined],
    ['2023-04-31', undefined],
    ['2023-4-1', undefined],
    ['2023/04/01', undefined],
    ['20230401xx', undefined],
    ['1900-02-29', undefined],
    ['2000-02-29', 20000229],
  ])('parses %s as %s', (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
  });

  it('formats a date back', () => {
    expect(formatDate(20240105)).toBe('2024-01-05');
  });

  it.each([
    [20200101, 20240101, 4],
    [20200101, 20231231, 3],
    [19900630, 20240630, 34],
    [19900701, 20240630, 33],
    [20200229, 20210228, 0],
    [20200229, 20210301, 1],
    [20240630, 20200101, -4],
    [20240101, 20231231, 0],
  ])('counts whole years from %d to %d as %d', (from, to, years) => {
    expect(yearsBetween(from, to)).toBe(years);
  });

  it.each([
    [20240229, 1, 20250228],
    [20240229, 4, 20280229],
    [20240630, -1, 20230630],
    [20231015, 2, 20251015],
  ])('adds years: %d + %d = %d', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it.each([
    [20231231, 20240101],
    [20240228, 20240229],
    [20230228, 20230301],
    [20240430, 20240501],
    [20240415, 20240416],
  ])('the day after %d is %d', (date, expected) => {
    expect(nextDay(date)).toBe(expected);
  });

  it.each([
    [20240101, 20231231],
    [20240301, 20240229],
    [20230301, 20230228],
    [20240501, 20240430],
    [20240416, 20240415],
  ])('the day before %d is %d', (date, expected) => {
    expect(previousDay(date)).toBe(expected);
  });
});
