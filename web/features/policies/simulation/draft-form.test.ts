import { describe, expect, it } from 'vitest';
import type { PolicyParameter } from '../policies-api';
import { dayBefore, isEditable, listDraftChanges, toDraftFormValues, toDraftInput, versionReplacedBy } from './draft-form';

function parameter(name: string, type: PolicyParameter['type'], value: PolicyParameter['value']): PolicyParameter {
  const ref = { documentId: 'fund-measures', title: { zh: '办法', en: 'Measures' }, article: '第八条', url: null, verified: false };
  return {
    name,
    type,
    label: { zh: name, en: name },
    value,
    values: [{ from: '2022-07-01', value: value ?? 0, legalRef: ref }],
    legalRef: ref,
    source: 'zone-reference#6',
    verified: false,
    shared: false,
    note: null,
  };
}

const parameters = [
  parameter('subsidyRate', 'rate', 0.25),
  parameter('maxPerEnterprise', 'money', 5_000_000),
  parameter('minEmployees', 'integer', 10),
  parameter('rentCap', 'money', { mul: [{ param: 'averageSalary' }, 3] }),
];

describe('toDraftInput', () => {
  it.each([
    [
      'rates typed as % are sent as fractions',
      { validFrom: '2027-01-01', changes: [{ name: 'subsidyRate', value: 30 }] },
      { validFrom: '2027-01-01', parameters: { subsidyRate: 0.3 } },
    ],
    [
      'unchosen or empty rows are ignored, the note trimmed',
      { validFrom: '2027-01-01', note: '  提高上限 ', changes: [{ name: 'maxPerEnterprise', value: 8_000_000 }, {}, { name: 'minEmployees' }] },
      { validFrom: '2027-01-01', parameters: { maxPerEnterprise: 8_000_000 }, note: '提高上限' },
    ],
    ['an unknown parameter is dropped', { validFrom: '2027-01-01', changes: [{ name: 'nope', value: 1 }] }, { validFrom: '2027-01-01', parameters: {} }],
  ])('%s', (_case, values, expected) => {
    expect(toDraftInput(values, parameters)).toEqual(expected);
  });

  it('round-trips through the form values', () => {
    const draft = { validFrom: '2027-01-01', note: '说明', parameters: { subsidyRate: 0.3, minEmployees: 20 } };
    const values = toDraftFormValues(draft, parameters);
    expect(values.changes).toEqual([
      { name: 'subsidyRate', value: 30 },
      { name: 'minEmployees', value: 20 },
    ]);
    expect(toDraftInput(values, parameters)).toEqual(draft);
  });
});

describe('listDraftChanges', () => {
  it('lists the parameters a draft sets, in the policy order, beside the value in force', () => {
    const changes = listDraftChanges(parameters, { minEmployees: 20, subsidyRate: 0.3 });
    expect(changes.map((c) => [c.parameter.name, c.current, c.proposed])).toEqual([
      ['subsidyRate', 0.25, 0.3],
      ['minEmployees', 10, 20],
    ]);
  });
});

describe('isEditable', () => {
  it.each([
    ['subsidyRate', true],
    ['rentCap', false],
  ])('%s → %s', (name, expected) => {
    expect(isEditable(parameters.find((p) => p.name === name)!)).toBe(expected);
  });
});

describe('dayBefore', () => {
  it.each([
    ['2027-01-01', '2026-12-31'],
    ['2024-03-01', '2024-02-29'],
    ['2025-03-01', '2025-02-28'],
    ['2026-07-15', '2026-07-14'],
  ])('%s → %s', (date, expected) => {
    expect(dayBefore(date)).toBe(expected);
  });
});

describe('versionReplacedBy', () => {
  const versions = [
    { version: 1, validFrom: '2022-07-01' },
    { version: 2, validFrom: '2024-01-01' },
    { version: 3, validFrom: '2028-01-01' },
  ];
  it.each([
    ['2027-01-01', 2],
    ['2029-01-01', 3],
    ['2024-01-02', 2],
    ['2022-07-01', undefined],
  ])('a draft from %s closes version %s', (validFrom, expected) => {
    expect(versionReplacedBy(versions, validFrom)).toBe(expected);
  });
});
