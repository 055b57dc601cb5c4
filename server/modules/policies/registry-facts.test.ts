/** Registry columns → enterprise facts: each mapping, and values the facts do not accept left absent. */
import { describe, expect, it } from 'vitest';
import { checkFacts, evaluatePolicy } from '../../../core/rules';
import { loadZonePolicies } from '../../../core/rules/testdata/load-zone-policies';
import { isRegistryFact, registryFacts, type RegistryFactsRow } from './registry-facts';

const row: RegistryFactsRow = {
  area: 'expansion',
  inZone: true,
  townCode: '310115120',
  bodyId: 'jinqiao',
  industryCode: 'C3973',
  industry: 'integrated-circuits',
  chainSegment: 'design',
  foundedOn: '2016-03-15',
  employees: 400,
  revenue: '5600.045678',
  tax: '120.00',
};

describe('registryFacts', () => {
  it('maps every column to its fact', () => {
    expect(registryFacts(row)).toEqual({
      'location.area': 'expansion',
      'location.townCode': '310115120',
      'location.bodyId': 'jinqiao',
      'industry.code': 'C3973',
      'industry.leading': 'integrated-circuits',
      'industry.segment': 'design',
      foundedOn: '2016-03-15',
      ageYears: undefined,
      size: 'medium',
      employees: 400,
      revenue: 56000456.78,
      creditStatus: undefined,
      registeredInZone: true,
      taxedInZone: true,
    });
  });

  it.each<[string, Partial<RegistryFactsRow>, Record<string, unknown>]>([
    ['placed outside the zone', { area: null, inZone: false }, { 'location.area': 'outside', registeredInZone: false, taxedInZone: undefined }],
    ['not placed', { area: null, inZone: null }, { 'location.area': undefined, registeredInZone: undefined, taxedInZone: undefined }],
    ['no tax figure', { tax: null }, { taxedInZone: undefined }],
    ['no tax paid', { tax: '0' }, { taxedInZone: undefined }],
    ['an industry the rules do not know', { industry: 'fintech' }, { 'industry.leading': undefined }],
    ['a malformed industry code', { industryCode: '3973' }, { 'industry.code': undefined, size: undefined }],
    ['a malformed town code', { townCode: '3101151' }, { 'location.townCode': undefined }],
    ['no employee count', { employees: null }, { employees: undefined, size: undefined }],
    ['no revenue', { revenue: null }, { revenue: undefined, size: undefined }],
  ])('%s', (_, change, expected) => {
    expect(registryFacts({ ...row, ...change })).toMatchObject(expected);
  });

  it('reads the registry’s amounts as 万元', () => {
    expect(registryFacts({ ...row, revenue: '8600', tax: '0.01' })).toMatchObject({ revenue: 86_000_000, taxedInZone: true });
  });

  it('knows which facts the registry can give: the credit check and declared figures it cannot', () => {
    expect(['location.area', 'employees', 'revenue', 'size', 'ageYears', 'taxedInZone'].every(isRegistryFact)).toBe(true);
    expect(['creditStatus', 'rdSpending', 'relocatedOn'].some(isRegistryFact)).toBe(false);
  });

  it('gives facts every policy of the catalogue accepts, so matching never stops on a wrong type', () => {
    const facts = registryFacts(row);
    for (const policy of loadZonePolicies().policies) {
      expect(checkFacts(policy, facts)).toEqual([]);
      expect(() => evaluatePolicy(policy, facts, '2024-06-30', { trace: false })).not.toThrow();
    }
  });
});
