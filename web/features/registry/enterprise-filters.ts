/**
 * 企业筛选条件 — the list's filters as the address keeps them (?q=…&industry=…) and as the API and the Excel export
 * take them. Pure, so the mapping both ways is tested without a browser; a value the API would refuse (a segment of
 * another industry, a word where a yes/no belongs) is dropped rather than sent.
 */
import { toQuery } from '../../app/api';
import { AREAS, CHAIN_SEGMENTS, INDUSTRIES, type ChainSegment, type Industry } from './registry-api';

export const ENTERPRISE_FILTER_KEYS = ['q', 'area', 'townCode', 'bodyId', 'industry', 'chainSegment', 'inDirectory', 'located', 'status'] as const;
export type EnterpriseFilterKey = (typeof ENTERPRISE_FILTER_KEYS)[number];
export type EnterpriseFilters = Partial<Record<EnterpriseFilterKey, string>>;

/** What the filter form holds: yes/no questions as booleans, the rest as the API takes them. */
export interface EnterpriseFilterForm {
  q?: string;
  area?: string;
  townCode?: string;
  bodyId?: string;
  industry?: string;
  chainSegment?: string;
  inDirectory?: boolean;
  located?: boolean;
  status?: string;
}

const STATUSES = ['active', 'deregistered'];

function isIndustry(value: string | undefined): value is Industry {
  return (INDUSTRIES as readonly string[]).includes(value ?? '');
}

/** The chain segments an industry has (none for AI and other); every segment when no industry is chosen. */
export function chainSegmentsOf(industry: string | undefined): readonly ChainSegment[] {
  if (!isIndustry(industry)) return [...CHAIN_SEGMENTS['integrated-circuits'], ...CHAIN_SEGMENTS.biomedicine];
  return industry === 'integrated-circuits' || industry === 'biomedicine' ? CHAIN_SEGMENTS[industry] : [];
}

function isYesNo(value: string | undefined): boolean {
  return value === 'true' || value === 'false';
}

/** The filters worth sending: known values only, a segment only when it belongs to the chosen industry. */
export function cleanFilters(values: EnterpriseFilters): EnterpriseFilters {
  const q = values.q?.trim();
  const industry = isIndustry(values.industry) ? values.industry : undefined;
  const segment = chainSegmentsOf(industry).find((candidate) => candidate === values.chainSegment);
  const clean: EnterpriseFilters = {
    q: q || undefined,
    area: (AREAS as readonly string[]).includes(values.area ?? '') ? values.area : undefined,
    townCode: /^\d{9}$/.test(values.townCode ?? '') ? values.townCode : undefined,
    bodyId: values.bodyId?.trim() || undefined,
    industry,
    chainSegment: segment,
    inDirectory: isYesNo(values.inDirectory) ? values.inDirectory : undefined,
    located: isYesNo(values.located) ? values.located : undefined,
    status: STATUSES.includes(values.status ?? '') ? values.status : undefined,
  };
  return Object.fromEntries(Object.entries(clean).filter(([, value]) => value !== undefined));
}

/** GET /api/registry/enterprises for one page of the filtered list. */
export function enterpriseListPath(values: EnterpriseFilters, page: number, pageSize: number): string {
  return `/api/registry/enterprises${toQuery({ ...cleanFilters(values), page, pageSize })}`;
}

/** The Excel export of the same filtered list (every page). */
export function enterpriseExportPath(values: EnterpriseFilters): string {
  return `/api/registry/enterprises.xlsx${toQuery(cleanFilters(values))}`;
}

/** The form's view of the address's filters. */
export function toFilterForm(values: EnterpriseFilters): EnterpriseFilterForm {
  const clean = cleanFilters(values);
  const yesNo = (value: string | undefined) => (value === undefined ? undefined : value === 'true');
  return { ...clean, inDirectory: yesNo(clean.inDirectory), located: yesNo(clean.located) };
}

/** The address's filters from what the form holds; every key is present so that a cleared field leaves the address. */
export function fromFilterForm(form: EnterpriseFilterForm): Record<EnterpriseFilterKey, string | undefined> {
  const text = (value: boolean | string | undefined) => (value === undefined || value === null ? undefined : String(value));
  const clean = cleanFilters(Object.fromEntries(ENTERPRISE_FILTER_KEYS.map((key) => [key, text(form[key])])));
  return Object.fromEntries(ENTERPRISE_FILTER_KEYS.map((key) => [key, clean[key]])) as Record<EnterpriseFilterKey, string | undefined>;
}
