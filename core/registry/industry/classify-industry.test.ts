import { describe, expect, it } from 'vitest';
import { createIndustryClassifier, normalizeIndustryCode } from './classify-industry';

const classify = createIndustryClassifier(
  [
    { code: '3973', industry: 'integrated-circuits', chainSegment: 'manufacturing' },
    { code: '397', industry: 'integrated-circuits', chainSegment: null },
    { code: '6520', industry: 'integrated-circuits', chainSegment: 'design' },
    { code: '358', industry: 'biomedicine', chainSegment: 'medical-devices' },
    { code: '27', industry: 'biomedicine', chainSegment: null },
    { code: '2761', industry: 'biomedicine', chainSegment: 'innovative-drugs' },
  ],
  { 生物医药: 'biomedicine', 人工智能: 'artificial-intelligence' },
);

describe('classifyIndustry', () => {
  it.each([
    ['3973', 'integrated-circuits', 'manufacturing', '3973'],
    ['C3973', 'integrated-circuits', 'manufacturing', '3973'],
    ['３９７３', 'integrated-circuits', 'manufacturing', '3973'],
    ['3976', 'integrated-circuits', null, '397'],
    ['I6520', 'integrated-circuits', 'design', '6520'],
    ['3584', 'biomedicine', 'medical-devices', '358'],
    ['2761', 'biomedicine', 'innovative-drugs', '2761'],
    ['2720', 'biomedicine', null, '27'],
    ['7212', 'other', null, null],
  ])('%s → %s / %s (by prefix %s)', (code, industry, chainSegment, prefix) => {
    const result = classify(code);
    expect(result).toMatchObject({ industry, chainSegment });
    expect(result.matchedBy).toEqual(prefix === null ? null : { kind: 'code', prefix });
  });

  it('falls back to a body list’s label when there is no usable code, without a segment', () => {
    expect(classify(null, '重点产业：人工智能')).toMatchObject({ industry: 'artificial-intelligence', chainSegment: null, matchedBy: { kind: 'label', label: '人工智能' } });
    expect(classify('', '生物医药')).toMatchObject({ industry: 'biomedicine' });
  });

  it('says nothing without a code or a label, and "other" for a code no rule claims', () => {
    expect(classify(null)).toMatchObject({ industry: null, code: null });
    expect(classify('not a code')).toMatchObject({ industry: null });
    expect(classify('5185', '生物医药')).toMatchObject({ industry: 'biomedicine', matchedBy: { kind: 'label' } });
  });

  it.each([
    ['C3973', '3973'],
    [' 39 73 ', '3973'],
    ['65', '65'],
    ['39735', null],
    ['X', null],
    [null, null],
  ])('normalizeIndustryCode(%j) = %j', (input, expected) => {
    expect(normalizeIndustryCode(input)).toBe(expected);
  });
});
