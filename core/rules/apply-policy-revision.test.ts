/**
 * Revisions published from the admin UI: a new version from its date with the new values, the previous one closed
 * the day before and answering as before; every way a revision can be wrong; and the parameter list a policy shows.
 */
import { describe, expect, it } from 'vitest';
import { applyPolicyRevision, type PolicyRevision } from './apply-policy-revision';
import { evaluatePolicy } from './evaluate-policy';
import { findPolicyVersion } from './find-policy-version';
import { listPolicyParameters, parameterValueOn } from './policy-parameters';
import type { Policy } from './policy-types';
import { loadPolicy } from './testdata/build-catalog';
import { loadZonePolicies } from './testdata/load-zone-policies';

const f = (name: string) => ({ fact: name });
const param = (type: string, values: { from: string; value: unknown }[]) => ({
  type,
  label: '参数',
  labelEn: 'Parameter',
  legalRef: { document: 'doc', article: '第三条' },
  source: 'test',
  verified: false,
  values,
});

/** amount ≥ minimum → eligible, paid rate × amount up to the cap; bands on count read two limits. */
const policy: Policy = loadPolicy(
  {
    eligibility: { gte: { left: f('amount'), right: { param: 'minimum' } } },
    amount: { share: { of: f('amount'), rate: { param: 'rate' } }, cap: { param: 'cap' } },
    note: '首次发布',
  },
  {
    parameters: {
      minimum: param('money', [{ from: '2024-01-01', value: 1000 }]),
      rate: param('rate', [{ from: '2024-01-01', value: 0.1 }]),
      cap: param('money', [{ from: '2024-01-01', value: 500 }]),
      doubleCap: { ...param('money', [{ from: '2024-01-01', value: { mul: [{ param: 'cap' }, 2] } }]) },
      flag: param('boolean', [{ from: '2024-01-01', value: true }]),
    },
  },
);

function apply(revision: PolicyRevision) {
  const result = applyPolicyRevision(policy, revision);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe('applyPolicyRevision', () => {
  const revised = apply({ validFrom: '2025-03-01', parameters: { minimum: 2000, rate: 0.2 }, note: { zh: '提高门槛', en: 'Higher threshold' } });

  it('adds a version from validFrom and closes the previous one the day before', () => {
    expect(revised.policy.versions.map((v) => [v.version, v.validFrom, v.validTo ?? null, v.note?.en ?? null])).toEqual([
      [1, '2024-01-01', '2025-02-28', '首次发布'],
      [2, '2025-03-01', null, 'Higher threshold'],
    ]);
    expect(revised.version.version).toBe(2);
    expect(revised.policy.parameters.minimum!.values.map((v) => [v.from, v.value])).toEqual([
      ['2024-01-01', 1000],
      ['2025-03-01', 2000],
    ]);
  });

  it('leaves the policy it was given untouched', () => {
    expect(policy.versions).toHaveLength(1);
    expect(policy.versions[0]!.validTo).toBeUndefined();
    expect(policy.parameters.minimum!.values).toHaveLength(1);
  });

  it.each([
    ['2025-02-28', 1500, 'eligible', 150],
    ['2025-03-01', 1500, 'ineligible', null],
    ['2025-03-01', 2400, 'eligible', 480],
    ['2025-03-01', 4000, 'eligible', 500],
  ])('on %s with amount %d: %s, %s', (asOf, amount, result, paid) => {
    const evaluation = evaluatePolicy(revised.policy, { amount }, asOf);
    expect([evaluation.result, evaluation.amount]).toEqual([result, paid]);
  });

  it('answers as before for dates before the revision', () => {
    for (const amount of [500, 1000, 1500, 9000]) {
      const before = evaluatePolicy(policy, { amount }, '2024-06-30', { trace: false });
      const after = evaluatePolicy(revised.policy, { amount }, '2024-06-30', { trace: false });
      expect([after.result, after.amountFen]).toEqual([before.result, before.amountFen]);
    }
  });

  it('works out parameters that read a changed one from the new date on', () => {
    const capped = apply({ validFrom: '2025-01-01', parameters: { cap: 800 } }).policy;
    expect(parameterValueOn(capped, 'doubleCap', '2024-12-31')).toBe(1000);
    expect(parameterValueOn(capped, 'doubleCap', '2025-01-01')).toBe(1600);
  });

  it('can be applied again on top of itself', () => {
    const twice = applyPolicyRevision(revised.policy, { validFrom: '2026-01-01', parameters: { cap: 900 } });
    expect(twice.ok && twice.policy.versions.map((v) => [v.version, v.validFrom, v.validTo ?? null])).toEqual([
      [1, '2024-01-01', '2025-02-28'],
      [2, '2025-03-01', '2025-12-31'],
      [3, '2026-01-01', null],
    ]);
    expect(twice.ok && findPolicyVersion(twice.policy, '2025-06-30')?.version).toBe(2);
  });

  it.each<[string, PolicyRevision, { path: string; reason: RegExp }[]]>([
    ['a start on the latest version’s start', { validFrom: '2024-01-01', parameters: { minimum: 1 } }, [{ path: 'validFrom', reason: /must be after 2024-01-01, when version 1 \(the latest\) begins/ }]],
    ['a start before it', { validFrom: '2023-06-30', parameters: { minimum: 1 } }, [{ path: 'validFrom', reason: /must be after 2024-01-01/ }]],
    ['no date', { validFrom: '2025-02-30', parameters: { minimum: 1 } }, [{ path: 'validFrom', reason: /expected a date YYYY-MM-DD/ }]],
    ['no parameter', { validFrom: '2025-01-01', parameters: {} }, [{ path: 'parameters', reason: /at least one parameter/ }]],
    ['an unknown parameter', { validFrom: '2025-01-01', parameters: { turnover: 5 } }, [{ path: 'parameters.turnover', reason: /unknown parameter of policy p; its parameters are minimum, rate, cap, doubleCap, flag/ }]],
    ['a shared parameter', { validFrom: '2025-01-01', parameters: { ceiling: 5 } }, [{ path: 'parameters.ceiling', reason: /shared by several policies/ }]],
    ['money with three decimals', { validFrom: '2025-01-01', parameters: { cap: 1.005 } }, [{ path: 'parameters.cap', reason: /at most two decimals/ }]],
    ['text for a rate', { validFrom: '2025-01-01', parameters: { rate: '20%' } }, [{ path: 'parameters.rate', reason: /expected a number, got "20%"/ }]],
    ['a number for a boolean', { validFrom: '2025-01-01', parameters: { flag: 1 } }, [{ path: 'parameters.flag', reason: /expected true or false/ }]],
  ])('refuses %s', (_, revision, expected) => {
    const result = applyPolicyRevision(policy, revision);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual(expected.map((e) => ({ path: e.path, reason: expect.stringMatching(e.reason) })));
  });

  it('refuses a start after the end of a policy that ends', () => {
    const ending = loadPolicy({ eligibility: { exists: 'amount' }, validTo: '2025-12-31' }, { parameters: { minimum: param('money', [{ from: '2024-01-01', value: 1 }]) } });
    const late = applyPolicyRevision(ending, { validFrom: '2026-01-01', parameters: { minimum: 2 } });
    expect(!late.ok && late.issues[0]!.reason).toMatch(/ends on 2025-12-31/);
    const inside = applyPolicyRevision(ending, { validFrom: '2025-07-01', parameters: { minimum: 2 } });
    expect(inside.ok && inside.policy.versions.map((v) => v.validTo)).toEqual(['2025-06-30', '2025-12-31']);
  });

  it('refuses values that make tiered bands stop rising', () => {
    const banded = loadPolicy(
      {
        eligibility: { exists: 'amount' },
        amount: { bands: { of: f('amount'), scale: [{ upTo: { param: 'low' }, rate: 0.3 }, { upTo: { param: 'high' }, rate: 0.2 }, { amount: 100 }] } },
      },
      { parameters: { low: param('money', [{ from: '2024-01-01', value: 1000 }]), high: param('money', [{ from: '2024-01-01', value: 5000 }]) } },
    );
    const result = applyPolicyRevision(banded, { validFrom: '2025-01-01', parameters: { low: 6000 } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ path: 'parameters', reason: expect.stringMatching(/version 2 does not hold together: bands must rise: 5000 is not above 6000/) });
  });

  it('applies to a policy of the Zhangjiang catalogue', () => {
    const rdGrowth = loadZonePolicies().policies.find((p) => p.id === 'rd-growth')!;
    const result = applyPolicyRevision(rdGrowth, { validFrom: '2026-01-01', parameters: { minGrowthRate: 0.15 } });
    expect(result.ok && result.version).toMatchObject({ version: 3, validFrom: '2026-01-01' });
    const facts = { registeredInZone: true, taxedInZone: true, 'location.area': 'original', creditStatus: 'good', size: 'large', rdSpending: 5600000, rdSpendingPreviousYear: 5000000 };
    expect(result.ok && evaluatePolicy(result.policy, facts, '2025-12-31').result).toBe('eligible');
    expect(result.ok && evaluatePolicy(result.policy, facts, '2026-01-01').result).toBe('ineligible');
  });
});

describe('listPolicyParameters', () => {
  it('lists its own parameters, then the shared ones it reads', () => {
    const zhangjiang = loadZonePolicies();
    const names = (id: string) => listPolicyParameters(zhangjiang.policies.find((p) => p.id === id)!).map((p) => [p.name, p.shared]);
    expect(names('rd-growth')).toEqual([
      ['minRdSpending', false],
      ['minGrowthRate', false],
      ['subsidyRate', false],
      ['smeSubsidyRate', false],
      ['maxPerEnterprise', false],
    ]);
    expect(names('talent-direct-hukou').filter(([, shared]) => shared)).toEqual([['averageSalary', true]]);
  });

  it('gives no value before a parameter has one', () => {
    const rdGrowth = loadZonePolicies().policies.find((p) => p.id === 'rd-growth')!;
    expect(parameterValueOn(rdGrowth, 'smeSubsidyRate', '2023-06-30')).toBeUndefined();
    expect(parameterValueOn(rdGrowth, 'smeSubsidyRate', '2024-06-30')).toBe(0.3);
    expect(parameterValueOn(rdGrowth, 'nothing', '2024-06-30')).toBeUndefined();
  });
});
