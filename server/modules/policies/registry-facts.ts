/**
 * 企业事实 — the one place where a registry record (registry_enterprises) becomes the enterprise facts of
 * core/rules/facts.ts. A value the registry does not have, or has in a form the fact does not accept, is left
 * absent, so the rule that needs it answers "undetermined" — never a silent false, and never a wrong-type error
 * that would stop a whole matching run.
 *
 * Column → fact:
 * - area / in_zone → location.area: the body area (original | expansion); 'outside' when placed outside the zone;
 *   absent when not placed.
 * - town_code → location.townCode, body_id → location.bodyId.
 * - industry_code → industry.code (GB/T 4754 form only), industry → industry.leading, chain_segment → industry.segment.
 * - founded_on → foundedOn (ageYears is derived from it on the evaluation date).
 * - employees → employees; revenue → revenue: the registry keeps amounts in 万元 (10k yuan, as its sources report
 *   them), the fact is in yuan, to the fen; size ← employees, revenue and industry by the 2017 statistical standard
 *   (classifyEnterpriseSize).
 * - in_zone → registeredInZone: the golden record's address is the registered address, and it was placed in the zone.
 * - tax → taxedInZone, true only: a tax figure in the registry comes from the district's tax records, so an
 *   enterprise registered in the zone with tax paid is taxed here. Without a figure nothing is claimed.
 * - creditStatus: not in the registry (the credit list is a separate source), so always absent.
 *
 * Everything else a rule reads — the figures an applicant declares (R&D spending, tape-out cost …) and the credit
 * check — is never in the registry: a policy undetermined only for want of those is "likely" (isRegistryFact).
 */
import { classifyEnterpriseSize, ENTERPRISE_FACTS } from '../../../core/rules';

/** The registry columns facts are read from, as `registryFactColumns` selects them. */
export interface RegistryFactsRow {
  area: string | null;
  inZone: boolean | null;
  townCode: string | null;
  bodyId: string | null;
  industryCode: string | null;
  industry: string | null;
  chainSegment: string | null;
  foundedOn: string | null;
  employees: number | null;
  /** 万元, as exact decimal strings (numeric columns) */
  revenue: string | null;
  /** 万元, like revenue. */
  tax: string | null;
}

/** Each field of RegistryFactsRow and the registry_enterprises column it comes from. */
const COLUMNS: Readonly<Record<keyof RegistryFactsRow, string>> = {
  area: 'area',
  inZone: 'in_zone',
  townCode: 'town_code',
  bodyId: 'body_id',
  industryCode: 'industry_code',
  industry: 'industry',
  chainSegment: 'chain_segment',
  foundedOn: 'founded_on',
  employees: 'employees',
  revenue: 'revenue',
  tax: 'tax',
};

/** The select list for RegistryFactsRow, for a query that names registry_enterprises `alias`. */
export function registryFactColumns(alias: string): string {
  return Object.entries(COLUMNS).map(([field, column]) => `${alias}.${column} as "${field}"`).join(', ');
}

/** The same columns, bare (to hash them). */
export function registryFactColumnNames(alias: string): string {
  return Object.values(COLUMNS).map((column) => `${alias}.${column}`).join(', ');
}

const optionsOf = (name: string) => new Set(ENTERPRISE_FACTS.find((f) => f.name === name)?.options?.map((o) => o.value) ?? []);
const LEADING = optionsOf('industry.leading');
const INDUSTRY_CODE = /^[A-T](\d{2,4})?$/;
const TOWN_CODE = /^\d{9}$/;

/** 万元 (a decimal string) → yuan to the fen. */
const asYuan = (tenThousands: string | null) => {
  const n = tenThousands === null ? NaN : Number(tenThousands);
  return Number.isFinite(n) ? Math.round(n * 1_000_000) / 100 : undefined;
};

/**
 * Every object has the same keys in the same order (absent facts are undefined): evaluation over the whole registry
 * reads them millions of times, and one object shape keeps that fast.
 */
export function registryFacts(row: RegistryFactsRow): Record<string, unknown> {
  const industryCode = row.industryCode && INDUSTRY_CODE.test(row.industryCode) ? row.industryCode : undefined;
  const employees = row.employees !== null && Number.isInteger(row.employees) && row.employees >= 0 ? row.employees : undefined;
  const revenue = asYuan(row.revenue);
  const tax = asYuan(row.tax);
  return {
    'location.area': row.inZone === false ? 'outside' : row.area === 'original' || row.area === 'expansion' ? row.area : undefined,
    'location.townCode': row.townCode && TOWN_CODE.test(row.townCode) ? row.townCode : undefined,
    'location.bodyId': row.bodyId ?? undefined,
    'industry.code': industryCode,
    'industry.leading': row.industry && LEADING.has(row.industry) ? row.industry : undefined,
    'industry.segment': row.chainSegment ?? undefined,
    foundedOn: row.foundedOn ?? undefined,
    ageYears: undefined,
    size: classifyEnterpriseSize({ industryCode, employees, revenue }),
    employees,
    revenue,
    creditStatus: undefined,
    registeredInZone: row.inZone ?? undefined,
    taxedInZone: row.inZone === true && tax !== undefined && tax > 0 ? true : undefined,
  };
}

/** The facts registryFacts can give (creditStatus it never has). */
const REGISTRY_FACTS: ReadonlySet<string> = new Set(
  Object.keys(registryFacts({ area: null, inZone: null, townCode: null, bodyId: null, industryCode: null, industry: null, chainSegment: null, foundedOn: null, employees: null, revenue: null, tax: null })).filter(
    (name) => name !== 'creditStatus',
  ),
);

/** Whether the registry could give this fact: a policy undetermined only for want of others is likely. */
export function isRegistryFact(name: string): boolean {
  return REGISTRY_FACTS.has(name);
}
