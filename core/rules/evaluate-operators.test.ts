/**
 * Every operator of the rule language, table-driven: comparisons, membership, exists, all / any / not with
 * Kleene's three-valued logic, arithmetic, dates. Each case runs traced and bare, which must agree.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from './evaluate-policy';
import { loadPolicy } from './testdata/build-catalog';

const f = (name: string) => ({ fact: name });
const cmp = (op: string, left: unknown, right: unknown) => ({ [op]: { left, right } });

type Case = [name: string, eligibility: unknown, facts: Record<string, unknown>, result: string, missing?: string[]];

function run(eligibility: unknown, facts: Record<string, unknown>, asOf = '2024-06-30') {
  const policy = loadPolicy({ eligibility });
  const traced = evaluatePolicy(policy, facts, asOf);
  const bare = evaluatePolicy(policy, facts, asOf, { trace: false });
  expect({ result: bare.result, missing: bare.missing }).toEqual({ result: traced.result, missing: traced.missing });
  return traced;
}

function check([, eligibility, facts, result, missing = []]: Case) {
  const evaluation = run(eligibility, facts);
  expect(evaluation.result).toBe(result);
  expect([...evaluation.missing].sort()).toEqual([...missing].sort());
}

describe('comparisons', () => {
  it.each<Case>([
    ['eq number', cmp('eq', f('count'), 3), { count: 3 }, 'eligible'],
    ['eq number, false', cmp('eq', f('count'), 3), { count: 4 }, 'ineligible'],
    ['ne number', cmp('ne', f('count'), 3), { count: 4 }, 'eligible'],
    ['gt', cmp('gt', f('amount'), 100), { amount: 100.01 }, 'eligible'],
    ['gt at the bound', cmp('gt', f('amount'), 100), { amount: 100 }, 'ineligible'],
    ['gte at the bound', cmp('gte', f('amount'), 100), { amount: 100 }, 'eligible'],
    ['lt', cmp('lt', f('score'), 2.5), { score: 2.49 }, 'eligible'],
    ['lte at the bound', cmp('lte', f('score'), 2.5), { score: 2.5 }, 'eligible'],
    ['lte above', cmp('lte', f('score'), 2.5), { score: 2.51 }, 'ineligible'],
    ['literal on the left', cmp('lte', 10, f('count')), { count: 10 }, 'eligible'],
    ['literal on the left, false', cmp('lt', 10, f('count')), { count: 10 }, 'ineligible'],
    ['rate against a decimal', cmp('gte', f('ratio'), 0.3), { ratio: 0.3 }, 'eligible'],
    ['fact against fact', cmp('gt', f('amount'), { mul: [f('revenue'), 0.5] }), { amount: 3000.01, revenue: 6000 }, 'eligible'],
    ['eq boolean', cmp('eq', f('flag'), true), { flag: true }, 'eligible'],
    ['eq boolean, false', cmp('eq', f('flag'), true), { flag: false }, 'ineligible'],
    ['eq enum', cmp('eq', f('color'), 'red'), { color: 'red' }, 'eligible'],
    ['ne enum', cmp('ne', f('color'), 'red'), { color: 'blue' }, 'eligible'],
    ['eq string', cmp('eq', f('note'), 'x'), { note: 'y' }, 'ineligible'],
    ['before', cmp('before', f('startedOn'), '2024-01-01'), { startedOn: '2023-12-31' }, 'eligible'],
    ['before on the day', cmp('before', f('startedOn'), '2024-01-01'), { startedOn: '2024-01-01' }, 'ineligible'],
    ['after', cmp('after', f('startedOn'), '2024-01-01'), { startedOn: '2024-01-02' }, 'eligible'],
    ['gte on dates', cmp('gte', f('startedOn'), '2024-01-01'), { startedOn: '2024-01-01' }, 'eligible'],
    ['missing fact', cmp('gte', f('amount'), 100), {}, 'undetermined', ['amount']],
    ['null counts as missing', cmp('gte', f('amount'), 100), { amount: null }, 'undetermined', ['amount']],
    ['both sides missing', cmp('gt', f('amount'), f('revenue')), {}, 'undetermined', ['amount', 'revenue']],
  ])('%s', (...c) => check(c));
});

describe('membership and presence', () => {
  it.each<Case>([
    ['in', { in: { left: f('color'), values: ['red', 'green'] } }, { color: 'green' }, 'eligible'],
    ['in, false', { in: { left: f('color'), values: ['red', 'green'] } }, { color: 'blue' }, 'ineligible'],
    ['notIn', { notIn: { left: f('color'), values: ['red'] } }, { color: 'blue' }, 'eligible'],
    ['notIn, false', { notIn: { left: f('color'), values: ['red'] } }, { color: 'red' }, 'ineligible'],
    ['in numbers', { in: { left: f('count'), values: [1, 2, 3] } }, { count: 2 }, 'eligible'],
    ['in strings', { in: { left: f('industry.segment'), values: ['design'] } }, { 'industry.segment': 'design' }, 'eligible'],
    ['in, missing', { in: { left: f('color'), values: ['red'] } }, {}, 'undetermined', ['color']],
    ['exists', { exists: 'note' }, { note: 'x' }, 'eligible'],
    ['exists, absent: false, not unknown', { exists: 'note' }, {}, 'ineligible'],
  ])('%s', (...c) => check(c));
});

const T = cmp('eq', f('flag'), true); // true when flag, false when not, unknown when absent
const A = cmp('gte', f('count'), 1);
const yes = { flag: true, count: 1 };
const no = { flag: false, count: 0 };

describe('three-valued logic (Kleene)', () => {
  it.each<Case>([
    ['all: true ∧ true', { all: [T, A] }, yes, 'eligible'],
    ['all: true ∧ false', { all: [T, A] }, { flag: true, count: 0 }, 'ineligible'],
    ['all: unknown ∧ false = false, nothing missing', { all: [T, A] }, { count: 0 }, 'ineligible'],
    ['all: unknown ∧ true = unknown', { all: [T, A] }, { count: 1 }, 'undetermined', ['flag']],
    ['all: unknown ∧ unknown', { all: [T, A] }, {}, 'undetermined', ['flag', 'count']],
    ['any: false ∨ true', { any: [T, A] }, { flag: false, count: 1 }, 'eligible'],
    ['any: false ∨ false', { any: [T, A] }, no, 'ineligible'],
    ['any: unknown ∨ true = true, nothing missing', { any: [T, A] }, { count: 1 }, 'eligible'],
    ['any: unknown ∨ false = unknown', { any: [T, A] }, { count: 0 }, 'undetermined', ['flag']],
    ['not true', { not: T }, { flag: true }, 'ineligible'],
    ['not false', { not: T }, { flag: false }, 'eligible'],
    ['not unknown', { not: T }, {}, 'undetermined', ['flag']],
    ['nested: all[any[unknown, false], true]', { all: [{ any: [T, A] }, cmp('eq', f('color'), 'red')] }, { count: 0, color: 'red' }, 'undetermined', ['flag']],
    ['nested: false decides over a deeper unknown', { all: [{ any: [T, A] }, cmp('eq', f('color'), 'red')] }, { color: 'blue' }, 'ineligible'],
    ['shared condition', { all: [{ use: 'inZone' }, A] }, { registeredInZone: true, count: 2 }, 'eligible'],
  ])('%s', (...c) => check(c));
});

describe('arithmetic and dates', () => {
  it.each<Case>([
    ['add', cmp('eq', { add: [f('amount'), 0.2] }, 0.3), { amount: 0.1 }, 'eligible'],
    ['add of three', cmp('eq', { add: [f('count'), 1, 2] }, 6), { count: 3 }, 'eligible'],
    ['sub', cmp('eq', { sub: [f('amount'), 0.1] }, 0.2), { amount: 0.3 }, 'eligible'],
    ['mul', cmp('eq', { mul: [f('amount'), 0.35] }, 3.535), { amount: 10.1 }, 'eligible'],
    ['div', cmp('eq', { div: [f('count'), 3] }, { div: [1, 3] }), { count: 1 }, 'eligible'],
    ['div by zero is unknown', cmp('gt', { div: [f('amount'), f('amount')] }, 0), { amount: 0 }, 'undetermined'],
    ['a guard decides a division by zero', { all: [cmp('gt', f('amount'), 0), cmp('gt', { div: [100, f('amount')] }, 1)] }, { amount: 0 }, 'ineligible'],
    ['min', cmp('eq', { min: [f('count'), 5] }, 5), { count: 9 }, 'eligible'],
    ['max', cmp('eq', { max: [f('count'), 5] }, 9), { count: 9 }, 'eligible'],
    ['round', cmp('eq', { round: { mul: [f('amount'), 0.35] }, places: 2 }, 3.54), { amount: 10.1 }, 'eligible'],
    ['arguments all read when one is missing', cmp('gt', { add: [f('ratio'), f('count'), f('score')] }, 0), { count: 1 }, 'undetermined', ['ratio', 'score']],
    ['yearsBetween', cmp('gte', { yearsBetween: [f('startedOn'), { asOf: true }] }, 3), { startedOn: '2021-06-30' }, 'eligible'],
    ['yearsBetween a day short', cmp('gte', { yearsBetween: [f('startedOn'), { asOf: true }] }, 3), { startedOn: '2021-07-01' }, 'ineligible'],
    ['addYears', cmp('after', f('startedOn'), { addYears: [{ asOf: true }, -2] }), { startedOn: '2022-07-01' }, 'eligible'],
    ['addYears on the day', cmp('after', f('startedOn'), { addYears: [{ asOf: true }, -2] }), { startedOn: '2022-06-30' }, 'ineligible'],
    ['derived ageYears from foundedOn', cmp('gte', f('ageYears'), 5), { foundedOn: '2019-06-30' }, 'eligible'],
    ['derived ageYears, a day short', cmp('gte', f('ageYears'), 5), { foundedOn: '2019-07-01' }, 'ineligible'],
    ['derived ageYears given directly', cmp('gte', f('ageYears'), 5), { ageYears: 7 }, 'eligible'],
    ['derived ageYears asks for foundedOn', cmp('gte', f('ageYears'), 5), {}, 'undetermined', ['foundedOn']],
  ])('%s', (...c) => check(c));
});

describe('wrong fact types', () => {
  it.each([
    ['money with three decimals', cmp('gt', f('amount'), 1), { amount: 1.234 }],
    ['text for a number', cmp('gt', f('amount'), 1), { amount: '5' }],
    ['number for a date', cmp('before', f('startedOn'), '2024-01-01'), { startedOn: 20240101 }],
    ['enum value outside the options', cmp('eq', f('color'), 'red'), { color: 'purple' }],
    ['fraction for an integer', cmp('gt', f('count'), 1), { count: 1.5 }],
    ['text for a boolean', cmp('eq', f('flag'), true), { flag: 'yes' }],
  ])('%s throws POLICY_FACTS_INVALID, traced or not', (_, eligibility, facts) => {
    const policy = loadPolicy({ eligibility });
    for (const trace of [true, false]) {
      expect(() => evaluatePolicy(policy, facts, '2024-06-30', { trace })).toThrowError(expect.objectContaining({ code: 'POLICY_FACTS_INVALID' }));
    }
  });
});
