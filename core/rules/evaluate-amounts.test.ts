/**
 * Amount formulas (share with caps, bracket and marginal bands, choose, sum), money exactness, versions in force,
 * materials and items, and what a trace records.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from './evaluate-policy';
import { loadPolicy } from './testdata/build-catalog';

const f = (name: string) => ({ fact: name });
const always = { not: { exists: 'note' } }; // true unless a note is given
const param = (type: string, value: unknown, extra: Record<string, unknown> = {}) => ({
  type,
  label: '参数',
  labelEn: 'Parameter',
  legalRef: { document: 'doc', article: '第三条' },
  source: 'test',
  verified: false,
  values: [{ from: '2024-01-01', value }],
  ...extra,
});

function amountOf(amount: unknown, facts: Record<string, unknown>, parameters: Record<string, unknown> = {}) {
  const policy = loadPolicy({ eligibility: always, amount }, { parameters });
  const traced = evaluatePolicy(policy, facts, '2024-06-30');
  const bare = evaluatePolicy(policy, facts, '2024-06-30', { trace: false });
  expect(bare.amountFen).toBe(traced.amountFen);
  return traced;
}

const bracket = {
  bands: {
    of: f('amount'),
    scale: [
      { upTo: 1000000, rate: 0.3 },
      { upTo: 5000000, rate: 0.2 },
      { amount: 1200000 },
    ],
  },
};
const marginal = {
  bands: {
    of: f('amount'),
    mode: 'marginal',
    scale: [{ upTo: 1000000, rate: 0.3 }, { upTo: 5000000, rate: 0.2 }, { rate: 0.1 }],
  },
};
const countBands = { bands: { of: f('count'), scale: [{ upTo: 20, amount: 300000 }, { upTo: 50, amount: 800000 }, { amount: 1500000 }] } };

describe('amount formulas', () => {
  it.each([
    ['share', { share: { of: f('amount'), rate: 0.2 } }, { amount: 1000000 }, 200000],
    ['share rounds half up to the fen', { share: { of: f('amount'), rate: 0.35 } }, { amount: 10.1 }, 3.54],
    ['share under its cap', { share: { of: f('amount'), rate: 0.5 }, cap: 600000 }, { amount: 1000000 }, 500000],
    ['share over its cap', { share: { of: f('amount'), rate: 0.5 }, cap: 400000 }, { amount: 1000000 }, 400000],
    ['value expression', { value: { mul: [f('revenue'), f('count')] } }, { revenue: 2000, count: 7 }, 14000],
    ['bracket: first band at its bound', bracket, { amount: 1000000 }, 300000],
    ['bracket: one fen above the bound', bracket, { amount: 1000000.01 }, 200000],
    ['bracket: fixed amount in the open band', bracket, { amount: 9000000 }, 1200000],
    ['marginal: inside the first band', marginal, { amount: 500000 }, 150000],
    ['marginal: at the first bound', marginal, { amount: 1000000 }, 300000],
    ['marginal: across two bands', marginal, { amount: 3000000 }, 700000],
    ['marginal: across all bands', marginal, { amount: 8000000 }, 1400000],
    ['bands over a count with fixed amounts: at 20', countBands, { count: 20 }, 300000],
    ['bands over a count: 21', countBands, { count: 21 }, 800000],
    ['choose: first case', { choose: [{ when: { eq: { left: f('color'), right: 'red' } }, then: { value: 100 } }], otherwise: { value: 50 } }, { color: 'red' }, 100],
    ['choose: otherwise', { choose: [{ when: { eq: { left: f('color'), right: 'red' } }, then: { value: 100 } }], otherwise: { value: 50 } }, { color: 'blue' }, 50],
    ['choose: no case and no otherwise gives 0', { choose: [{ when: { eq: { left: f('color'), right: 'red' } }, then: { value: 100 } }] }, { color: 'blue' }, 0],
    ['sum with an overall cap', { sum: [{ value: 700 }, { share: { of: f('amount'), rate: 0.5 } }], cap: 1000 }, { amount: 1000 }, 1000],
    ['a negative result is paid as 0', { value: { sub: [f('amount'), 100] } }, { amount: 40 }, 0],
  ])('%s', (_, amount, facts, expected) => {
    const evaluation = amountOf(amount, facts);
    expect(evaluation.result).toBe('eligible');
    expect(evaluation.amount).toBe(expected);
    expect(evaluation.amountFen).toBe(Math.round(expected * 100));
  });

  it('uses parameters, and records them with their legal reference', () => {
    const evaluation = amountOf({ share: { of: f('amount'), rate: { param: 'rate' } }, cap: { param: 'cap' } }, { amount: 3000000 }, {
      rate: param('rate', 0.25),
      cap: param('money', 500000),
    });
    expect(evaluation.amount).toBe(500000);
    const cap = evaluation.trace.find((e) => e.kind === 'cap')!;
    expect(cap.outcome).toBe(true);
    expect(cap.parametersUsed.cap).toMatchObject({ value: 500000, verified: false, legalRef: { document: 'doc', article: '第三条' } });
    expect(cap.description.zh).toBe('超过上限 500,000 元，按上限计：750,000 元 → 500,000 元');
    const share = evaluation.trace.find((e) => e.kind === 'share')!;
    expect(share.factsRead).toEqual({ amount: 3000000 });
    expect(share.description.en).toBe('Amount CNY 3,000,000 × 25% = CNY 750,000');
  });

  it('is eligible with amount null and the missing facts when only the amount lacks facts', () => {
    const policy = loadPolicy({ eligibility: always, amount: { share: { of: f('revenue'), rate: 0.1 } } });
    const evaluation = evaluatePolicy(policy, { amount: 1 }, '2024-06-30');
    expect(evaluation).toMatchObject({ result: 'eligible', amount: null, amountFen: null, missing: ['revenue'] });
  });

  it('does not compute an amount when not eligible', () => {
    const policy = loadPolicy({ eligibility: { eq: { left: f('flag'), right: true } }, amount: { value: 100 } });
    expect(evaluatePolicy(policy, { flag: false }, '2024-06-30')).toMatchObject({ result: 'ineligible', amount: null });
  });
});

describe('versions, materials and items', () => {
  const versions = [
    { version: 1, validFrom: '2023-01-01', validTo: '2023-12-31', eligibility: always, amount: { share: { of: f('amount'), rate: { param: 'rate' } } } },
    { version: 2, validFrom: '2024-01-01', eligibility: always, amount: { share: { of: f('amount'), rate: { param: 'rate' } } }, items: 'items' },
  ];
  const parameters = { rate: param('rate', 0.1, { values: [{ from: '2023-01-01', value: 0.1 }, { from: '2024-01-01', value: 0.2 }] }) };
  const policy = loadPolicy({}, { versions, parameters });

  it.each([
    ['2023-01-01', 1, 100],
    ['2023-12-31', 1, 100],
    ['2024-01-01', 2, 200],
    ['2030-06-30', 2, 200],
  ])('on %s applies version %d', (asOf, version, amount) => {
    const evaluation = evaluatePolicy(policy, { amount: 1000 }, asOf);
    expect(evaluation.version).toEqual({ policyId: 'p', version, validFrom: version === 1 ? '2023-01-01' : '2024-01-01' });
    expect(evaluation.amount).toBe(amount);
  });

  it('refuses a date before the first version', () => {
    expect(() => evaluatePolicy(policy, {}, '2022-12-31')).toThrowError(expect.objectContaining({ code: 'POLICY_NOT_IN_FORCE' }));
  });

  it('lists the items of an eligible result', () => {
    expect(evaluatePolicy(policy, { amount: 1, items: ['A', 'B'] }, '2024-06-30').items).toEqual(['A', 'B']);
    expect(evaluatePolicy(policy, { amount: 1, items: ['A'] }, '2023-06-30').items).toEqual([]);
  });

  it('lists materials: conditional ones only when their condition holds, undecided ones as not required', () => {
    const withMaterials = loadPolicy({
      eligibility: always,
      materials: [
        { id: 'always', name: '必交', nameEn: 'Always' },
        { id: 'optional', name: '选交', nameEn: 'Optional', required: false },
        { id: 'big', name: '大额', nameEn: 'Large', when: { gt: { left: f('amount'), right: 1000 } } },
      ],
    });
    const ids = (facts: Record<string, unknown>) =>
      evaluatePolicy(withMaterials, facts, '2024-06-30').materials.map((m) => `${m.id}${m.required ? '' : '?'}`);
    expect(ids({ amount: 5000 })).toEqual(['always', 'optional?', 'big']);
    expect(ids({ amount: 10 })).toEqual(['always', 'optional?']);
    expect(ids({})).toEqual(['always', 'optional?', 'big?']);
  });
});

describe('the trace', () => {
  it('records each condition with facts read, outcome, legal reference and a rendered description', () => {
    const policy = loadPolicy({
      eligibility: {
        all: [
          { use: 'inZone' },
          { id: 'growth', label: '增长率', labelEn: 'Growth', legalRef: { document: 'doc', article: '第五条' }, gte: { left: { div: [f('amount'), f('revenue')] }, right: 0.1 } },
        ],
      },
    });
    const evaluation = evaluatePolicy(policy, { registeredInZone: true, amount: 235, revenue: 1000 }, '2024-06-30');
    const growth = evaluation.trace.find((e) => e.id === 'growth')!;
    expect(growth).toMatchObject({
      path: 'versions[0].eligibility.all[1]',
      kind: 'gte',
      depth: 1,
      outcome: true,
      factsRead: { amount: 235, revenue: 1000 },
      description: { zh: '增长率 23.5% ≥ 10%', en: 'Growth 23.5% ≥ 10%' },
      legalRef: { document: 'doc', article: '第五条', title: { zh: '测试办法', en: 'Test measures' } },
    });
    expect(evaluation.trace.map((e) => e.kind)).toEqual(['version', 'all', 'use', 'eq', 'gte', 'result']);
    const shared = evaluation.trace.find((e) => e.id === 'registered')!;
    expect(shared.path).toBe('shared:conditions.inZone.condition');
    expect(shared.legalRef?.article).toBe('第二条'); // inherited from the policy's legal basis
  });

  it('is deterministic', () => {
    const policy = loadPolicy({ eligibility: { gte: { left: f('amount'), right: 1 } }, amount: marginal });
    const facts = { amount: 3000000 };
    expect(evaluatePolicy(policy, facts, '2024-06-30')).toEqual(evaluatePolicy(policy, facts, '2024-06-30'));
  });
});
