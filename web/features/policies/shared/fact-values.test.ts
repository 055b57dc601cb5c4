import { describe, expect, it } from 'vitest';
import { fractionOf, percentOf, toApiValue, toFacts, toFormValue, toFormValues, type ValueType } from './fact-values';

describe('rate conversions', () => {
  it.each([
    [0.35, 35],
    [0.1, 10],
    [0.101, 10.1],
    [0.07, 7],
    [1, 100],
    [0, 0],
    [0.0025, 0.25],
  ])('%d ↔ %d %%', (fraction, percent) => {
    expect(percentOf(fraction)).toBe(percent);
    expect(fractionOf(percent)).toBe(fraction);
  });
});

describe('toApiValue', () => {
  it.each<[ValueType, unknown, unknown]>([
    ['rate', 35, 0.35],
    ['rate', 10.1, 0.101],
    ['money', 1234.567, 1234.57],
    ['money', 6000000, 6000000],
    ['integer', 12, 12],
    ['number', 1.5, 1.5],
    ['boolean', false, false],
    ['boolean', true, true],
    ['date', '2024-06-30', '2024-06-30'],
    ['enum', 'mpw', 'mpw'],
    ['string', '  310115 ', '310115'],
    ['string', '   ', undefined],
    ['string-list', [' A-1 ', '', 'B-2'], ['A-1', 'B-2']],
    ['string-list', [], undefined],
    ['number', null, undefined],
    ['money', undefined, undefined],
  ])('%s %j → %j', (type, value, expected) => {
    expect(toApiValue(type, value)).toEqual(expected);
  });
});

describe('toFormValue', () => {
  it.each<[ValueType, unknown, unknown]>([
    ['rate', 0.25, 25],
    ['money', 5000000, 5000000],
    ['boolean', false, false],
    ['string', '', undefined],
    ['date', null, undefined],
  ])('%s %j → %j', (type, value, expected) => {
    expect(toFormValue(type, value)).toEqual(expected);
  });
});

describe('toFacts / toFormValues', () => {
  const fields = [
    { name: 'rdSpending', type: 'money' as const },
    { name: 'platformExternalShare', type: 'rate' as const },
    { name: 'registeredInZone', type: 'boolean' as const },
    { name: 'location.area', type: 'enum' as const },
  ];

  it('leaves unanswered fields out, so the server can name them missing', () => {
    expect(toFacts(fields, { rdSpending: 6000000, platformExternalShare: 35, registeredInZone: false, 'location.area': undefined, stray: 1 })).toEqual({
      rdSpending: 6000000,
      platformExternalShare: 0.35,
      registeredInZone: false,
    });
  });

  it('round-trips', () => {
    const facts = { rdSpending: 6000000, platformExternalShare: 0.35, registeredInZone: true, 'location.area': 'expansion' };
    expect(toFacts(fields, toFormValues(fields, facts))).toEqual(facts);
  });
});
