/**
 * The functions around evaluation: fact checking for the API's 400, plain-language explanations, the annual
 * ceiling across policies, double funding, the derived application form, and the golden-test runner itself.
 */
import { describe, expect, it } from 'vitest';
import { applyAnnualCeiling } from './apply-annual-ceiling';
import { checkFacts } from './check-facts';
import { detectDoubleFunding } from './detect-double-funding';
import { evaluatePolicy, type PolicyEvaluation } from './evaluate-policy';
import { explainInPlainLanguage } from './explain-in-plain-language';
import { runPolicyTest } from './policy-tests';
import { loadCatalog, loadPolicy, makePolicy } from './testdata/build-catalog';
import { loadZonePolicies } from './testdata/load-zone-policies';

const f = (name: string) => ({ fact: name });
const zhangjiang = loadZonePolicies();
const rdGrowth = zhangjiang.policies.find((p) => p.id === 'rd-growth')!;
const resident = { registeredInZone: true, taxedInZone: true, 'location.area': 'original', creditStatus: 'good', size: 'large' };

describe('checkFacts', () => {
  it('names each fact of the wrong type or unknown name, and lets absent ones pass', () => {
    expect(
      checkFacts(rdGrowth, {
        rdSpending: '6000000',
        rdSpendingPreviousYear: 5000000.123,
        foundedOn: '2020-02-30',
        creditStatus: 'excellent',
        registeredInZone: 1,
        employees: 3.5,
        itemIds: 'A',
        turnover: 5,
        taxedInZone: null,
        size: 'small',
      }),
    ).toEqual([
      { fact: 'rdSpending', reason: 'expected an amount in yuan, got "6000000"' },
      { fact: 'rdSpendingPreviousYear', reason: 'an amount in yuan has at most two decimals (fen)' },
      { fact: 'foundedOn', reason: 'expected a date YYYY-MM-DD, got "2020-02-30"' },
      { fact: 'creditStatus', reason: 'expected one of good, watch, seriously-dishonest, got "excellent"' },
      { fact: 'registeredInZone', reason: 'expected true or false, got number' },
      { fact: 'employees', reason: 'expected a whole number, got number' },
      { fact: 'itemIds', reason: 'expected a list of texts, got "A"' },
      { fact: 'turnover', reason: 'unknown fact' },
    ]);
  });

  it('finds nothing wrong with good facts', () => {
    expect(checkFacts(rdGrowth, { ...resident, rdSpending: 1.5, itemIds: ['A'], foundedOn: '2020-02-29' })).toEqual([]);
  });
});

describe('explainInPlainLanguage', () => {
  it('says why not: only the unmet requirements', () => {
    const evaluation = evaluatePolicy(rdGrowth, { ...resident, taxedInZone: false, rdSpending: 5250000, rdSpendingPreviousYear: 5000000 }, '2024-06-30');
    expect(explainInPlainLanguage(evaluation.trace, 'zh-CN')).toEqual([
      '结论：不符合条件',
      '不符合：税收户管在园区内：否（应为 是）',
      '不符合：研发投入增长率为 5%，未满足“≥ 10%”的要求',
    ]);
    expect(explainInPlainLanguage(evaluation.trace, 'en')).toEqual([
      'Result: not eligible',
      'Not met: Taxed in the zone: no (must be yes)',
      'Not met: R&D spending growth is 5%, not meeting the requirement ≥ 10%',
    ]);
  });

  it('says what is still needed when undetermined', () => {
    const evaluation = evaluatePolicy(rdGrowth, { ...resident, rdSpending: 6000000 }, '2024-06-30');
    const lines = explainInPlainLanguage(evaluation.trace, 'zh-CN');
    expect(lines[0]).toBe('结论：尚无法判断，需补充：上年度研发投入');
    expect(lines.slice(1).every((line) => line.startsWith('待确认：'))).toBe(true);
  });

  it('says why, and how the amount was computed, when eligible', () => {
    const evaluation = evaluatePolicy(rdGrowth, { ...resident, rdSpending: 50000000, rdSpendingPreviousYear: 20000000 }, '2024-06-30');
    const lines = explainInPlainLanguage(evaluation.trace, 'zh-CN');
    expect(lines[0]).toBe('结论：符合条件，资助金额 5,000,000 元');
    expect(lines).toContain('符合：研发投入增长率为 150%，满足“≥ 10%”的要求');
    expect(lines).toContain('金额：（本年度研发投入 − 上年度研发投入） 30,000,000 元 × 25% = 7,500,000 元');
    expect(lines).toContain('金额：超过上限 5,000,000 元，按上限计：7,500,000 元 → 5,000,000 元');
  });
});

describe('applyAnnualCeiling and detectDoubleFunding', () => {
  const catalog = loadCatalog([
    makePolicy('a', { eligibility: { exists: 'amount' }, amount: { value: f('amount') }, items: 'items' }),
    makePolicy('b', { eligibility: { exists: 'amount' }, amount: { value: f('amount') }, items: 'items' }),
    makePolicy('c', { eligibility: { exists: 'amount' }, amount: { value: f('amount') } }, { kind: 'talent' }),
  ]);
  const [a, b, c] = catalog.policies as [(typeof catalog.policies)[0], (typeof catalog.policies)[0], (typeof catalog.policies)[0]];

  it('cuts special-fund amounts to the ceiling in force, in the order given, leaving talent policies alone', () => {
    const results = [evaluatePolicy(a, { amount: 700000.5 }, '2024-06-30'), evaluatePolicy(c, { amount: 900000 }, '2024-06-30'), evaluatePolicy(b, { amount: 400000 }, '2024-06-30')];
    const outcome = applyAnnualCeiling(catalog, results, '2024-06-30');
    expect(outcome.ceiling).toEqual({ value: 1000000, parameter: 'ceiling', legalRef: { document: 'doc', article: '第一条' } });
    expect(outcome.results.map((r) => [r.policyId, r.amount, r.ceilingCutFen ?? 0])).toEqual([
      ['a', 700000.5, 0],
      ['c', 900000, 0],
      ['b', 299999.5, 10000050],
    ]);
    expect(outcome.totalBeforeFen).toBe(200000050);
    expect(outcome.totalAfterFen).toBe(190000000);
    // From 2025 the ceiling is 2,000,000: nothing is cut.
    expect(applyAnnualCeiling(catalog, results, '2025-06-30').totalAfterFen).toBe(200000050);
  });

  it('finds an item funded by two policies, per enterprise', () => {
    const results: (PolicyEvaluation & { enterpriseId: string })[] = [
      { ...evaluatePolicy(a, { amount: 1, items: ['LOT-1', 'LOT-2'] }, '2024-06-30'), enterpriseId: 'E1' },
      { ...evaluatePolicy(b, { amount: 1, items: ['LOT-2'] }, '2024-06-30'), enterpriseId: 'E1' },
      { ...evaluatePolicy(b, { amount: 1, items: ['LOT-1'] }, '2024-06-30'), enterpriseId: 'E2' },
      { ...evaluatePolicy(b, { items: ['LOT-1'] }, '2024-06-30'), enterpriseId: 'E1' }, // not eligible: funds nothing
    ];
    expect(detectDoubleFunding(results)).toEqual([{ enterpriseId: 'E1', item: 'LOT-2', policyIds: ['a', 'b'] }]);
  });
});

describe('the application form', () => {
  it('asks for the facts a version reads, a derived fact by its base, optional ones as not required', () => {
    const policy = loadPolicy({
      eligibility: { all: [{ use: 'inZone' }, { gte: { left: f('ageYears'), right: 3 } }, { gt: { left: f('amount'), right: 0 } }] },
      amount: { share: { of: f('amount'), rate: 0.1 } },
      materials: [{ id: 'm', name: '材料', nameEn: 'Material', when: { eq: { left: f('color'), right: 'red' } } }],
      form: { optional: ['color'], extra: ['note'] },
    });
    const form = policy.versions[0]!.form;
    expect(form.map((field) => [field.name, field.origin, field.required])).toEqual([
      ['foundedOn', 'enterprise', true],
      ['amount', 'application', true],
      ['registeredInZone', 'enterprise', true],
      ['color', 'application', false],
      ['note', 'application', true],
    ]);
    expect(form.find((field) => field.name === 'color')!.options).toHaveLength(3);
  });

  it('derives the Zhangjiang R&D form with help text and validation', () => {
    const field = rdGrowth.versions[1]!.form.find((f) => f.name === 'rdSpending')!;
    expect(field).toMatchObject({ type: 'money', required: true, min: 0, label: { zh: '本年度研发投入' }, help: { en: expect.stringContaining('audit') } });
  });
});

describe('the golden-test runner', () => {
  it('reports each expectation that does not hold', () => {
    const failures = runPolicyTest(rdGrowth, resident, {
      name: 'wrong on purpose',
      asOf: '2024-06-30',
      facts: { rdSpending: 6000000, rdSpendingPreviousYear: 5000000 },
      expect: { result: 'ineligible', amount: 1, version: 1, missing: ['x'], capped: true, materials: [], explains: 'nowhere' },
    });
    expect(failures).toHaveLength(7);
    expect(failures[0]).toBe('result: expected ineligible, got eligible');
  });
});
