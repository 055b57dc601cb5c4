import { describe, expect, it } from 'vitest';
import * as q from './rational';

const r = (text: string) => {
  const [n, d] = text.split('/').map(Number) as [number, number | undefined];
  return q.rational(n, d ?? 1);
};

describe('rational arithmetic', () => {
  it.each([
    [0.1, '1/10'],
    [0.3, '3/10'],
    [4.35, '87/20'],
    [1234567.89, '123456789/100'],
    [-2.5, '-5/2'],
    [7, '7/1'],
  ])('reads %d as the decimal it was written as (%s)', (value, fraction) => {
    const [n, d] = fraction.split('/').map(Number);
    expect(q.fromNumber(value)).toEqual({ n, d });
  });

  it.each([
    ['add', '1/10', '2/10', '3/10'],
    ['sub', '11000022/100', '10000020/100', '1000002/100'],
    ['mul', '101/10', '35/100', '707/200'],
    ['div', '1/3', '2/3', '1/2'],
    ['min', '1/3', '1/4', '1/4'],
    ['max', '-1/3', '-1/4', '-1/4'],
  ] as const)('%s(%s, %s) = %s exactly', (op, a, b, expected) => {
    const fn = { add: q.add, sub: q.sub, mul: q.mul, div: q.div, min: q.min, max: q.max }[op];
    expect(q.compare(fn(r(a), r(b))!, r(expected))).toBe(0);
  });

  it('adds 0.1 and 0.2 to exactly 0.3, where floating point does not', () => {
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(q.compare(q.add(q.fromNumber(0.1), q.fromNumber(0.2)), q.fromNumber(0.3))).toBe(0);
  });

  it('finds a growth of exactly 10% where floating point finds 9.99…%', () => {
    const previous = q.fromYuan(5000791.9);
    const current = q.fromYuan(5500871.09);
    expect((5500871.09 - 5000791.9) / 5000791.9 >= 0.1).toBe(false);
    expect(q.compare(q.div(q.sub(current, previous), previous)!, q.fromNumber(0.1))).toBe(0);
  });

  it('returns undefined for a division by zero', () => {
    expect(q.div(q.ONE, q.ZERO)).toBeUndefined();
  });

  it.each([
    ['707/200', 2, '354/100'], // 3.535 → 3.54, where 10.1 * 0.35 in floats rounds to 3.53
    ['-707/200', 2, '-354/100'], // halves go away from zero
    ['5/2', 0, '3/1'],
    ['-5/2', 0, '-3/1'],
    ['1/3', 4, '3333/10000'],
    ['7/1', 2, '7/1'],
  ] as const)('rounds %s to %d places as %s', (value, places, expected) => {
    expect(q.round(r(value), places)).toEqual(r(expected));
  });

  it('rounds money to whole fen', () => {
    expect(q.toFen(q.mul(q.fromYuan(10.1), q.fromNumber(0.35)))).toBe(354);
    expect(Math.round(10.1 * 0.35 * 100)).toBe(353);
  });

  it('stays exact beyond 2^53 by falling back to BigInt', () => {
    const big = q.rational(9_000_000_000_000_000 / 1000); // 9e12
    const product = q.mul(big, q.rational(3000, 7)); // 2.7e16 / 7: numerator beyond the safe range
    expect(q.compare(q.div(product, q.rational(3000, 7))!, big)).toBe(0);
    expect(q.compare(q.rational(Number.MAX_SAFE_INTEGER, 3), q.rational(Number.MAX_SAFE_INTEGER - 1, 3))).toBe(1);
  });

  it.each([
    ['47/200', 6, '0.235'],
    ['600000/1', 2, '600000'],
    ['1/3', 6, '0.333333'],
    ['-1/8', 2, '-0.13'],
  ] as const)('writes %s with at most %d decimals as %s', (value, places, text) => {
    expect(q.toDecimalString(r(value), places)).toBe(text);
  });
});
