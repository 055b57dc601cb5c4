import { describe, expect, it } from 'vitest';
import type { TraceEntry } from '../policies-api';
import { buildTraceRows, factLabel, type TraceVocabulary } from './trace-view';

const fundRef = { document: 'fund-measures', article: '第八条', title: { zh: '管理办法', en: 'Measures' }, verified: false };
const planRef = { document: 'action-plan', article: '主要任务（五）', title: { zh: '行动方案', en: 'Action plan' }, verified: true };
const text = (zh: string, en: string) => ({ zh, en });

function entry(partial: Partial<TraceEntry> & Pick<TraceEntry, 'path' | 'kind' | 'depth'>): TraceEntry {
  return { description: text('描述', 'description'), outcome: true, factsRead: {}, parametersUsed: {}, legalRef: null, ...partial };
}

const trace: TraceEntry[] = [
  entry({ path: 'versions[1]', kind: 'version', depth: 0, description: text('适用政策版本 2', 'policy version 2 applies') }),
  entry({ path: 'versions[1].eligibility', kind: 'all', depth: 0, legalRef: fundRef }),
  entry({ path: 'versions[1].eligibility.all[0]', kind: 'use', depth: 1, legalRef: fundRef }),
  entry({ path: 'shared:zoneResident', kind: 'in', depth: 2, legalRef: planRef, factsRead: { 'location.area': 'expansion' } }),
  entry({
    path: 'versions[1].eligibility.all[1]',
    kind: 'gte',
    depth: 1,
    legalRef: fundRef,
    label: text('研发投入增长率', 'R&D spending growth'),
    outcome: false,
    factsRead: { rdSpending: 5250000, rdSpendingPreviousYear: 5000000 },
    parametersUsed: { minGrowthRate: { value: 0.1, from: '2022-07-01', legalRef: fundRef, verified: false } },
  }),
  entry({ path: 'versions[1].eligibility.all[2]', kind: 'gte', depth: 1, legalRef: fundRef, outcome: null, factsRead: {}, missing: ['ageYears', 'foundedOn'] }),
  entry({ path: 'versions[1].amount', kind: 'choose', depth: 0, legalRef: fundRef, label: text('补贴', 'Subsidy'), description: text('补贴：适用情形 其他', 'Subsidy: case otherwise applies') }),
  entry({ path: 'versions[1].amount.cases[0].when', kind: 'in', depth: 1, legalRef: fundRef, outcome: false }),
  entry({ path: 'versions[1].amount.otherwise', kind: 'share', depth: 1, legalRef: fundRef, value: 250000, description: text('增量 × 25%', 'increase × 25%') }),
  entry({ path: 'versions[1].amount.cap', kind: 'cap', depth: 1, legalRef: fundRef, value: 250000, outcome: false, description: text('250,000 元，未超过上限', 'CNY 250,000, within the cap') }),
  entry({ path: 'result', kind: 'result', depth: 0, description: text('结论：符合条件', 'eligible') }),
];

const vocabulary: TraceVocabulary = {
  facts: [
    { name: 'rdSpending', type: 'money', label: text('本年度研发投入', 'R&D spending this year') },
    { name: 'rdSpendingPreviousYear', type: 'money', label: text('上年度研发投入', 'R&D spending last year') },
    {
      name: 'location.area',
      type: 'enum',
      label: text('所在区域', 'Area'),
      options: [{ value: 'expansion', label: text('扩区区域', 'expansion area') }],
    },
    { name: 'foundedOn', type: 'date', label: text('成立日期', 'Date founded') },
  ],
  parameters: [{ name: 'minGrowthRate', type: 'rate', label: text('研发投入增长率下限', 'Minimum growth of R&D spending') }],
};

describe('buildTraceRows', () => {
  const zh = buildTraceRows(trace, vocabulary, 'zh-CN');
  const en = buildTraceRows(trace, vocabulary, 'en');

  it('keeps one row per step, in order, with its depth and outcome', () => {
    expect(zh.map((row) => [row.kind, row.depth, row.outcome])).toEqual([
      ['version', 0, true],
      ['all', 0, true],
      ['use', 1, true],
      ['in', 2, true],
      ['gte', 1, false],
      ['gte', 1, null],
      ['choose', 0, true],
      ['in', 1, false],
      ['share', 1, true],
      ['cap', 1, false],
      ['result', 0, true],
    ]);
  });

  it.each([
    // index, expected legal reference shown (title · article) or null when inherited from the parent
    [0, null],
    [1, '管理办法 第八条'],
    [2, null],
    [3, '行动方案 主要任务（五）'],
    [4, null],
    [6, '管理办法 第八条'],
    [7, null],
  ])('row %d shows legal reference %j', (index, expected) => {
    const ref = zh[index]!.legalRef;
    expect(ref ? `${ref.title} ${ref.article}` : null).toBe(expected);
  });

  it('labels and formats the facts read in the UI language', () => {
    expect(zh[3]!.facts).toEqual([{ name: 'location.area', label: '所在区域', value: '扩区区域' }]);
    expect(en[4]!.facts).toEqual([
      { name: 'rdSpending', label: 'R&D spending this year', value: 'CNY 5,250,000' },
      { name: 'rdSpendingPreviousYear', label: 'R&D spending last year', value: 'CNY 5,000,000' },
    ]);
  });

  it('shows the parameters used with their date and whether they are verified', () => {
    expect(zh[4]!.parameters).toEqual([{ name: 'minGrowthRate', label: '研发投入增长率下限', value: '10%', from: '2022-07-01', verified: false }]);
    expect(en[0]!.text).toBe('policy version 2 applies');
  });

  it('names what is missing by its label, or its name when the form does not ask it', () => {
    expect(zh[5]!.missing).toEqual(['ageYears', '成立日期']);
  });

  it('tells requirements from amount steps, whose false only means a case or cap that did not apply', () => {
    expect(zh.map((row) => row.section)).toEqual(['other', 'eligibility', 'eligibility', 'eligibility', 'eligibility', 'eligibility', 'amount', 'amount', 'amount', 'amount', 'other']);
  });

  it('says a title or an amount once: not when the text already does', () => {
    expect(en[4]!.title).toBe('R&D spending growth');
    expect(en[6]!.title).toBeNull();
    expect(en[8]!.amount).toBe('CNY 250,000');
    expect(en[9]!.amount).toBeNull();
  });
});

describe('factLabel', () => {
  it.each([
    ['rdSpending', 'zh-CN', '本年度研发投入'],
    ['rdSpending', 'en', 'R&D spending this year'],
    ['unknown.fact', 'en', 'unknown.fact'],
  ] as const)('%s (%s) → %s', (name, language, expected) => {
    expect(factLabel(name, vocabulary, language)).toBe(expected);
  });
});
