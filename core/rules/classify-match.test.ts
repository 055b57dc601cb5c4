/** Likely vs undetermined on registry facts, and the "why likely" sentences, on a policy of the zone's catalogue. */
import { describe, expect, it } from 'vitest';
import { classifyMatch, explainLikely } from './classify-match';
import { evaluatePolicy } from './evaluate-policy';
import { loadZonePolicies } from './testdata/load-zone-policies';

const REGISTRY = new Set(['location.area', 'employees', 'revenue', 'registeredInZone', 'taxedInZone', 'industry.leading']);
const isRegistryFact = (fact: string) => REGISTRY.has(fact);

describe('classifyMatch', () => {
  it.each<[string, 'eligible' | 'ineligible' | 'undetermined', string[], string]>([
    ['eligible stays eligible', 'eligible', [], 'eligible'],
    ['eligible with the amount unknown stays eligible', 'eligible', ['rdSpending'], 'eligible'],
    ['ineligible stays ineligible', 'ineligible', [], 'ineligible'],
    ['only declared figures missing: likely', 'undetermined', ['rdSpending', 'creditStatus'], 'likely'],
    ['a registry fact missing: undetermined', 'undetermined', ['rdSpending', 'location.area'], 'undetermined'],
    ['undetermined with nothing named stays undetermined', 'undetermined', [], 'undetermined'],
  ])('%s', (_, result, missing, expected) => {
    expect(classifyMatch(result, missing, isRegistryFact)).toBe(expected);
  });
});

describe('explainLikely', () => {
  const policy = loadZonePolicies().policies.find((p) => p.id === 'rd-growth')!;
  const facts = { 'location.area': 'original', registeredInZone: true, taxedInZone: true, employees: 200, revenue: 86_000_000 };

  it('names what the application must give, then what the registry shows met, then what is still to confirm', () => {
    const evaluation = evaluatePolicy(policy, facts, '2024-06-30');
    expect(classifyMatch(evaluation.result, evaluation.missing, isRegistryFact)).toBe('likely');
    const zh = explainLikely(evaluation.trace, '本年度研发投入、上年度研发投入', 'zh-CN');
    expect(zh[0]).toBe('结论：可能符合——企业清单所载条件均已满足，申报时尚需提供：本年度研发投入、上年度研发投入');
    expect(zh.filter((line) => line.startsWith('符合：')).length).toBeGreaterThanOrEqual(3);
    expect(zh.some((line) => line.startsWith('待确认：'))).toBe(true);
    expect(explainLikely(evaluation.trace, 'R&D spending', 'en')[0]).toMatch(/^Result: likely eligible .* R&D spending$/);
  });
});
