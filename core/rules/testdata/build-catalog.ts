/**
 * Test helper: a small catalogue written as JS objects (turned into YAML texts), so a test states only the rule it
 * is about. Facts: amount (money), count (integer), ratio (rate), score (number), flag (boolean), startedOn
 * (date), color (enum red/green/blue), note (string), items (string-list), plus the registry's enterprise facts.
 */
import { stringify } from 'yaml';
import { parsePolicyCatalog, type PolicyCatalogParseResult } from '../parse-policy-catalog';
import type { Policy, PolicyCatalog } from '../policy-types';

export const TEST_FACTS = {
  facts: {
    amount: { type: 'money', label: '金额', labelEn: 'Amount' },
    count: { type: 'integer', label: '数量', labelEn: 'Count' },
    ratio: { type: 'rate', label: '比例', labelEn: 'Ratio' },
    score: { type: 'number', label: '分数', labelEn: 'Score' },
    flag: { type: 'boolean', label: '标志', labelEn: 'Flag' },
    startedOn: { type: 'date', label: '开始日期', labelEn: 'Start date' },
    color: {
      type: 'enum',
      label: '颜色',
      labelEn: 'Colour',
      options: [
        { value: 'red', label: '红', labelEn: 'red' },
        { value: 'green', label: '绿', labelEn: 'green' },
        { value: 'blue', label: '蓝', labelEn: 'blue' },
      ],
    },
    note: { type: 'string', label: '备注', labelEn: 'Note' },
    items: { type: 'string-list', label: '事项', labelEn: 'Items' },
  },
};

export const TEST_SHARED = {
  documents: [{ id: 'doc', title: '测试办法', titleEn: 'Test measures', source: 'test', verified: false }],
  parameters: {
    ceiling: {
      type: 'money',
      label: '年度上限',
      labelEn: 'Annual ceiling',
      legalRef: { document: 'doc', article: '第一条' },
      source: 'test',
      verified: false,
      values: [{ from: '2020-01-01', value: 1000000 }, { from: '2025-01-01', value: 2000000 }],
    },
  },
  conditions: {
    inZone: { label: '在园区内', labelEn: 'In the zone', condition: { id: 'registered', eq: { left: { fact: 'registeredInZone' }, right: true } } },
  },
  annualCeiling: { parameter: 'ceiling', kinds: ['special-fund'] },
};

/** A one-version policy with the given rules; `extra` overrides top-level fields. */
export function makePolicy(id: string, version: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    name: `政策 ${id}`,
    nameEn: `Policy ${id}`,
    kind: 'special-fund',
    legalBasis: [{ document: 'doc', article: '第二条' }],
    ...extra,
    versions: (extra.versions as unknown[] | undefined) ?? [{ version: 1, validFrom: '2024-01-01', ...version }],
  };
}

export function buildDocuments(
  policies: Record<string, unknown>[],
  options: { facts?: unknown; shared?: unknown } = {},
): { file: string; text: string }[] {
  return [
    { file: 'policies/facts.yaml', text: stringify(options.facts ?? TEST_FACTS) },
    { file: 'policies/shared.yaml', text: stringify(options.shared ?? TEST_SHARED) },
    ...policies.map((policy) => ({ file: `policies/${String(policy.id)}.yaml`, text: stringify(policy) })),
  ];
}

export function buildCatalog(policies: Record<string, unknown>[], options: { facts?: unknown; shared?: unknown } = {}): PolicyCatalogParseResult {
  return parsePolicyCatalog(buildDocuments(policies, options));
}

export function loadCatalog(policies: Record<string, unknown>[]): PolicyCatalog {
  const result = buildCatalog(policies);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file} ${i.path}: ${i.reason}`).join('\n'));
  return result.catalog;
}

/** One policy from its version body (eligibility, amount, materials …). */
export function loadPolicy(version: Record<string, unknown>, extra: Record<string, unknown> = {}): Policy {
  return loadCatalog([makePolicy('p', version, extra)]).policies[0]!;
}
