/**
 * Load-time validation: every kind of mistake is refused with the file, the path to the field and a reason.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicyCatalog } from './parse-policy-catalog';
import { buildCatalog, buildDocuments, makePolicy, TEST_SHARED } from './testdata/build-catalog';
import { readPolicyDocuments } from './testdata/load-zone-policies';

const f = (name: string) => ({ fact: name });
const param = (type: string, values: unknown[]) => ({
  type,
  label: '参数',
  labelEn: 'Parameter',
  legalRef: { document: 'doc', article: '第三条' },
  source: 'test',
  verified: false,
  values,
});

function issuesOf(policies: Record<string, unknown>[], options: { facts?: unknown; shared?: unknown } = {}) {
  const result = buildCatalog(policies, options);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

type Case = [name: string, policy: Record<string, unknown>, path: string, reason: RegExp];

const withEligibility = (eligibility: unknown, extra: Record<string, unknown> = {}) => makePolicy('p', { eligibility }, extra);

describe('load-time validation', () => {
  it.each<Case>([
    ['unknown fact', withEligibility({ all: [{ exists: 'amount' }, { gte: { left: f('turnover'), right: 1 } }] }), 'versions[0].eligibility.all[1].gte.left', /unknown fact "turnover"/],
    ['date compared with a number', withEligibility({ gte: { left: f('startedOn'), right: 5 } }), 'versions[0].eligibility.gte.right', /type mismatch: cannot compare date \(fact startedOn\) with integer 5/],
    ['money compared with a boolean', withEligibility({ eq: { left: f('amount'), right: f('flag') } }), 'versions[0].eligibility.eq.right', /type mismatch: cannot compare money \(fact amount\) with boolean \(fact flag\)/],
    ['money compared with a head count', withEligibility({ gt: { left: f('revenue'), right: f('employees') } }), 'versions[0].eligibility.gt.right', /cannot compare money \(fact revenue\) with integer \(fact employees\)/],
    ['money added to a count', withEligibility({ gt: { left: { add: [f('amount'), f('count')] }, right: 1 } }), 'versions[0].eligibility.gt.left', /cannot add money \(fact amount\) and integer \(fact count\)/],
    ['ordering booleans', withEligibility({ gt: { left: f('flag'), right: true } }), 'versions[0].eligibility.gt.left', /gt needs numbers or dates/],
    ['enum value outside its options', withEligibility({ eq: { left: f('color'), right: 'purple' } }), 'versions[0].eligibility.eq.right', /"purple" is not a value of fact color \(red, green, blue\)/],
    ['enum value in a list', withEligibility({ in: { left: f('color'), values: ['red', 'pink'] } }), 'versions[0].eligibility.in.values[1]', /"pink" is not a value/],
    ['unknown parameter', withEligibility({ gte: { left: f('amount'), right: { param: 'minimum' } } }), 'versions[0].eligibility.gte.right', /unknown parameter "minimum"/],
    ['unknown shared condition', withEligibility({ use: 'inTown' }), 'versions[0].eligibility.use', /unknown shared condition "inTown"/],
    ['unknown operator', withEligibility({ greater: { left: f('amount'), right: 1 } }), 'versions[0].eligibility.greater', /unknown operator or field "greater"/],
    ['two operators in one node', withEligibility({ gt: { left: f('amount'), right: 1 }, lt: { left: f('amount'), right: 9 } }), 'versions[0].eligibility', /one operator per node, found gt, lt/],
    ['a comparison without right', withEligibility({ gt: { left: f('amount') } }), 'versions[0].eligibility.gt.right', /required field is missing/],
    ['unknown document', withEligibility({ exists: 'amount' }, { legalBasis: [{ document: 'nowhere', article: '1' }] }), 'legalBasis[0].document', /unknown document "nowhere"/],
    ['rate over a head count', makePolicy('p', { eligibility: { exists: 'count' }, amount: { bands: { of: f('count'), scale: [{ upTo: 10, rate: 0.1 }, { rate: 0.2 }] } } }), 'versions[0].amount.bands.scale[0].rate', /a rate applies to an amount in yuan/],
    ['amount that is not money', makePolicy('p', { eligibility: { exists: 'count' }, amount: { value: f('count') } }), 'versions[0].amount.value', /an amount must be money/],
    ['band bound that reads a fact', makePolicy('p', { eligibility: { exists: 'amount' }, amount: { bands: { of: f('amount'), scale: [{ upTo: f('revenue'), rate: 0.1 }, { rate: 0.2 }] } } }), 'versions[0].amount.bands.scale[0].upTo', /must be a constant/],
    ['last band with an upper bound', makePolicy('p', { eligibility: { exists: 'amount' }, amount: { bands: { of: f('amount'), scale: [{ upTo: 10, rate: 0.1 }] } } }), 'versions[0].amount.bands.scale[0].upTo', /the last band has no upTo/],
    ['items that are not a list', makePolicy('p', { eligibility: { exists: 'amount' }, items: 'note' }), 'versions[0].items', /items names a string-list fact; "note" is string/],
    ['rubric weights', makePolicy('p', { eligibility: { exists: 'amount' }, rubric: { scale: { min: 0, max: 5, labels: [{ score: 0, label: '差', labelEn: 'poor' }, { score: 5, label: '好', labelEn: 'good' }] }, criteria: [{ id: 'a', name: '甲', nameEn: 'A', weight: 60 }, { id: 'b', name: '乙', nameEn: 'B', weight: 30 }] } }), 'versions[0].rubric.criteria', /weights must sum to 100/],
    ['unknown field', makePolicy('p', { eligibility: { exists: 'amount' }, colour: 'red' }), 'versions[0].colour', /unknown field "colour"/],
  ])('%s', (_, policy, path, reason) => {
    expect(issuesOf([policy])).toContainEqual({ file: 'policies/p.yaml', path, reason: expect.stringMatching(reason) });
  });

  it('refuses an id other than the file name', () => {
    const documents = buildDocuments([makePolicy('p', { eligibility: { exists: 'amount' } })]).map((d) =>
      d.file === 'policies/p.yaml' ? { ...d, file: 'policies/other.yaml' } : d,
    );
    const result = parsePolicyCatalog(documents);
    expect(result.ok ? [] : result.issues).toEqual([{ file: 'policies/other.yaml', path: 'id', reason: 'the id must be the file name: "other"' }]);
  });

  it('refuses overlapping versions', () => {
    const versions = [
      { version: 1, validFrom: '2023-01-01', validTo: '2024-03-31', eligibility: { exists: 'amount' } },
      { version: 2, validFrom: '2024-01-01', eligibility: { exists: 'amount' } },
    ];
    expect(issuesOf([makePolicy('p', {}, { versions })])).toContainEqual({
      file: 'policies/p.yaml',
      path: 'versions[1].validFrom',
      reason: 'overlapping versions: version 1 runs to 2024-03-31, version 2 starts 2024-01-01',
    });
  });

  it('refuses an open-ended version followed by another', () => {
    const versions = [
      { version: 1, validFrom: '2023-01-01', eligibility: { exists: 'amount' } },
      { version: 2, validFrom: '2024-01-01', eligibility: { exists: 'amount' } },
    ];
    expect(issuesOf([makePolicy('p', {}, { versions })])).toContainEqual({
      file: 'policies/p.yaml',
      path: 'versions[0].validTo',
      reason: expect.stringMatching(/overlapping versions: version 1 has no validTo/),
    });
  });

  it('refuses a gap in effective dates', () => {
    const versions = [
      { version: 1, validFrom: '2023-01-01', validTo: '2023-12-31', eligibility: { exists: 'amount' } },
      { version: 2, validFrom: '2024-02-01', eligibility: { exists: 'amount' } },
    ];
    expect(issuesOf([makePolicy('p', {}, { versions })])).toContainEqual({
      file: 'policies/p.yaml',
      path: 'versions[1].validFrom',
      reason: 'gap in effective dates: version 1 ends 2023-12-31, version 2 starts 2024-02-01; nothing is in force from 2024-01-01',
    });
  });

  it('refuses a cycle between parameters', () => {
    const parameters = {
      a: param('money', [{ from: '2024-01-01', value: { add: [{ param: 'b' }, 1] } }]),
      b: param('money', [{ from: '2024-01-01', value: { mul: [{ param: 'a' }, 2] } }]),
    };
    const policy = makePolicy('p', { eligibility: { gte: { left: f('amount'), right: { param: 'a' } } } }, { parameters });
    expect(issuesOf([policy])).toContainEqual({ file: 'policies/p.yaml', path: 'parameters.b.values[0].value', reason: 'cycle between parameters: a → b → a' });
  });

  it('refuses a parameter that reads a fact', () => {
    const parameters = { a: param('money', [{ from: '2024-01-01', value: { mul: [f('amount'), 2] } }]) };
    const policy = makePolicy('p', { eligibility: { exists: 'amount' } }, { parameters });
    expect(issuesOf([policy])).toContainEqual({ file: 'policies/p.yaml', path: 'parameters.a.values[0].value.mul[0]', reason: 'a parameter cannot read facts (fact "amount")' });
  });

  it('refuses money with more than two decimals and a value of the wrong type', () => {
    const parameters = { a: param('money', [{ from: '2024-01-01', value: 1.234 }]), b: param('date', [{ from: '2024-01-01', value: 5 }]) };
    const issues = issuesOf([makePolicy('p', { eligibility: { exists: 'amount' } }, { parameters })]);
    expect(issues).toContainEqual({ file: 'policies/p.yaml', path: 'parameters.a.values[0].value', reason: 'money has at most two decimals (fen), got 1.234' });
    expect(issues).toContainEqual({ file: 'policies/p.yaml', path: 'parameters.b.values[0].value', reason: 'expected a date written YYYY-MM-DD, got 5' });
  });

  it('refuses a parameter that changes value inside a version', () => {
    const parameters = { a: param('money', [{ from: '2024-01-01', value: 1 }, { from: '2024-07-01', value: 2 }]) };
    const policy = makePolicy('p', { eligibility: { gte: { left: f('amount'), right: { param: 'a' } } } }, { parameters });
    expect(issuesOf([policy])).toContainEqual({
      file: 'policies/p.yaml',
      path: 'parameters.a.values[1].from',
      reason: 'a parameter changes value only where a version begins: add a version starting 2024-07-01',
    });
  });

  it('refuses a parameter without a value when its version starts', () => {
    const parameters = { a: param('money', [{ from: '2024-03-01', value: 1 }]) };
    const policy = makePolicy('p', { eligibility: { gte: { left: f('amount'), right: { param: 'a' } } } }, { parameters });
    expect(issuesOf([policy])).toContainEqual({
      file: 'policies/p.yaml',
      path: 'versions[0].validFrom',
      reason: 'parameter "a" has no value on 2024-01-01, when version 1 starts',
    });
  });

  it('refuses a shared parameter that changes inside a version using it', () => {
    // The shared ceiling changes on 2025-01-01; a version running from 2024 without end uses it.
    const policy = makePolicy('p', { eligibility: { lte: { left: f('amount'), right: { param: 'ceiling' } } } });
    expect(issuesOf([policy])).toContainEqual({
      file: 'policies/p.yaml',
      path: 'versions[0]',
      reason: 'shared parameter "ceiling" changes value on 2025-01-01, inside version 1: start a new version then',
    });
  });

  it('refuses bands whose bounds do not rise (known only once parameters are resolved)', () => {
    const parameters = { top: param('money', [{ from: '2024-01-01', value: 500 }]) };
    const amount = { bands: { of: f('amount'), scale: [{ upTo: 1000, rate: 0.1 }, { upTo: { param: 'top' }, rate: 0.2 }, { rate: 0.3 }] } };
    expect(issuesOf([makePolicy('p', { eligibility: { exists: 'amount' }, amount }, { parameters })])).toEqual([
      { file: 'policies/p.yaml', path: 'versions[0].amount.bands.scale[1].upTo', reason: 'bands must rise: 500 is not above 1000' },
    ]);
  });

  it('refuses a shared condition that uses another, and an unknown ceiling parameter', () => {
    const shared = {
      ...TEST_SHARED,
      conditions: { ...TEST_SHARED.conditions, nested: { label: '嵌套', labelEn: 'Nested', condition: { use: 'inZone' } } },
      annualCeiling: { parameter: 'cap', kinds: ['special-fund'] },
    };
    const issues = issuesOf([], { shared });
    expect(issues).toContainEqual({ file: 'policies/shared.yaml', path: 'conditions.nested.condition.use', reason: 'a shared condition cannot use another shared condition' });
    expect(issues).toContainEqual({ file: 'policies/shared.yaml', path: 'annualCeiling.parameter', reason: 'unknown parameter "cap"' });
  });

  it('refuses an application fact that redefines an enterprise fact', () => {
    const facts = { facts: { revenue: { type: 'money', label: '收入', labelEn: 'Revenue' } } };
    expect(issuesOf([], { facts })).toContainEqual({ file: 'policies/facts.yaml', path: 'facts.revenue', reason: expect.stringMatching(/enterprise fact from the registry/) });
  });

  it('reports YAML syntax errors with the line, and missing files', () => {
    const documents = buildDocuments([]).filter((d) => !d.file.endsWith('facts.yaml'));
    documents.push({ file: 'policies/broken.yaml', text: 'id: broken\nname: [unclosed\n' });
    const result = parsePolicyCatalog(documents);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({ file: 'policies/facts.yaml', path: '', reason: 'file is missing' });
    expect(result.issues).toContainEqual({ file: 'policies/broken.yaml', path: expect.stringMatching(/^line \d+, column \d+$/), reason: expect.stringMatching(/^YAML syntax error/) });
  });

  it('checks sources against the zone when given', () => {
    const result = parsePolicyCatalog(buildDocuments([]), { sourceIds: ['seed'] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual({ file: 'policies/shared.yaml', path: 'documents[0].source', reason: 'unknown source "test" (list it under sources in zone.yaml)' });
  });

  it('loads the Zhangjiang catalogue, with sources that zone.yaml lists', () => {
    const result = parsePolicyCatalog(readPolicyDocuments(), { sourceIds: ['seed', 'zone-reference'] });
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    expect(result.catalog.policies.map((p) => p.id)).toEqual([
      'cell-gene-therapy',
      'first-set-equipment',
      'ic-tapeout',
      'incubator-accelerator',
      'innovative-drug',
      'public-tech-platform',
      'rd-growth',
      'relocation-hq',
      'talent-direct-hukou',
      'talent-rent-subsidy',
      'talent-residence-to-hukou',
    ]);
  });
});
