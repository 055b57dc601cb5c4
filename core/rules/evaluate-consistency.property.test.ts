/**
 * Property: over random (often partial, sometimes contradictory) facts, every Zhangjiang policy gives the same
 * result, amount and missing facts with and without the trace (the bare closures take shortcuts the traced ones
 * do not), the amount is whole fen and never negative, and an undetermined result always names missing facts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from './evaluate-policy';
import { loadZonePolicies } from './testdata/load-zone-policies';

const catalog = loadZonePolicies();

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const date = fc.date({ min: new Date('2015-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const money = fc.integer({ min: 0, max: 5_000_000_000 }).map((fen) => fen / 100);

const facts = fc.record({
  registeredInZone: maybe(fc.boolean()),
  taxedInZone: maybe(fc.boolean()),
  'location.area': maybe(fc.constantFrom('original', 'expansion', 'outside')),
  creditStatus: maybe(fc.constantFrom('good', 'watch', 'seriously-dishonest')),
  'industry.leading': maybe(fc.constantFrom('biomedicine', 'integrated-circuits', 'artificial-intelligence', 'other')),
  'industry.segment': maybe(fc.constantFrom('cell-therapy', 'design')),
  size: maybe(fc.constantFrom('micro', 'small', 'medium', 'large')),
  revenue: maybe(money),
  rdSpending: maybe(money),
  rdSpendingPreviousYear: maybe(money),
  tapeoutType: maybe(fc.constantFrom('mpw', 'engineering-lot')),
  tapeoutCost: maybe(money),
  edaIpSpending: maybe(money),
  clinicalStage: maybe(fc.constantFrom('phase-1', 'phase-2', 'phase-3', 'approved')),
  stageReachedOn: maybe(date),
  clinicalSpending: maybe(money),
  drugClass: maybe(fc.constantFrom('class-1', 'class-2', 'other')),
  mahHolder: maybe(fc.boolean()),
  firstSetLevel: maybe(fc.constantFrom('national', 'municipal', 'none')),
  firstSetContractValue: maybe(money),
  firstSetSoldOn: maybe(date),
  incubatedEnterprises: maybe(fc.integer({ min: 0, max: 100 })),
  carrierLevel: maybe(fc.constantFrom('national', 'municipal', 'district', 'none')),
  carrierArea: maybe(fc.integer({ min: 0, max: 5000 })),
  relocatedOn: maybe(date),
  hqCertified: maybe(fc.boolean()),
  annualRent: maybe(money),
  'applicant.degree': maybe(fc.constantFrom('bachelor', 'master', 'doctor')),
  'applicant.birthDate': maybe(date.map((d) => `19${d.slice(2)}`)),
  'applicant.annualSalary': maybe(money),
  'applicant.isCoreTalent': maybe(fc.boolean()),
  'applicant.rentMonths': maybe(fc.integer({ min: 0, max: 12 })),
  'applicant.ownsHomeInShanghai': maybe(fc.boolean()),
});

describe('traced and bare evaluation agree', () => {
  it('on random facts, for every policy', () => {
    fc.assert(
      fc.property(facts, fc.constantFrom(...catalog.policies), date.filter((d) => d >= '2022-07-01'), (input, policy, asOf) => {
        const traced = evaluatePolicy(policy, input, asOf);
        const bare = evaluatePolicy(policy, input, asOf, { trace: false });
        expect({ result: bare.result, amountFen: bare.amountFen, missing: bare.missing, materials: bare.materials }).toEqual({
          result: traced.result,
          amountFen: traced.amountFen,
          missing: traced.missing,
          materials: traced.materials,
        });
        if (traced.amountFen !== null) expect(Number.isInteger(traced.amountFen) && traced.amountFen >= 0).toBe(true);
        if (traced.result === 'undetermined') expect(traced.missing.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000, seed: 6 },
    );
  });
});
