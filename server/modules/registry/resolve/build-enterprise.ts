/**
 * 企业黄金记录 — one enterprise from the source records resolved to it: each field from the most trusted source that
 * has it (survivorship), with the record it came from; its industry and chain segment from its
 * industry code (or a body list's label); whether the statistics directory lists it; and what it can be placed by.
 */
import {
  buildGoldenRecord,
  type GoldenRecord,
  type IndustryClassifier,
  type SurvivorshipRules,
  type ChainSegment,
  type Industry,
} from '../../../../core/registry';
import type { SourceCrs } from '../../../../core/registry';
import type { LocationEvidence } from '../locate/locate-enterprises';
import type { StoredRecord } from './load-registry-records';
import { rankOf } from './resolution-context';

/** 企业 — a golden record as registry_enterprises stores it, before it is placed. */
export interface EnterpriseDraft {
  readonly id: string;
  readonly creditCode: string | null;
  readonly name: string;
  readonly nameKey: string;
  readonly address: string | null;
  readonly legalRep: string | null;
  readonly phone: string | null;
  /** A date: a month or a year only is stored as its first day. */
  readonly foundedOn: string | null;
  readonly industryCode: string | null;
  readonly industry: Industry | null;
  readonly chainSegment: ChainSegment | null;
  readonly registeredCapital: number | null;
  readonly employees: number | null;
  readonly revenue: number | null;
  readonly tax: number | null;
  readonly status: 'active' | 'deregistered';
  readonly inDirectory: boolean;
  /**
   * 来源 — which record each golden value came from, grouped by record (record id → its fields). The record carries
   * the source, batch and row; kept this small so that a golden record stays under TOAST's threshold (not compressed,
   * not stored apart): naming source, batch and row per field made it 1.5 kB and a third of the bulk write's cost.
   */
  readonly provenance: Readonly<Record<string, readonly string[]>>;
  readonly recordCount: number;
}

/** What building an enterprise needs besides its records. */
export interface EnterpriseContext {
  readonly survivorship: SurvivorshipRules;
  readonly classify: IndustryClassifier;
  readonly directorySourceId: string | null;
  readonly crsOfSource: ReadonlyMap<string, SourceCrs>;
}

/** 注销, 吊销, 撤销: the firm no longer exists. */
const DEREGISTERED = /注销|吊销|撤销/;

export function buildEnterprise(
  id: string,
  creditCode: string | null,
  members: readonly StoredRecord[],
  /** The normalised name key of each member (same order). */
  nameKeys: readonly string[],
  context: EnterpriseContext,
): { draft: EnterpriseDraft; evidence: LocationEvidence } {
  const golden = buildGoldenRecord(members, context.survivorship);
  const byId = new Map(members.map((record, i) => [record.id, i]));
  const text = (field: string) => stringOf(golden, field);
  const number = (field: string) => numberOf(golden, field);
  const nameSource = golden.fields['name']!;
  const classification = context.classify(text('industryCode'), members.find((r) => r.attributes?.['leadingIndustry'])?.attributes?.['leadingIndustry'] as string | undefined);
  const provenance: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(golden.fields)) (provenance[value.recordId] ??= []).push(field);
  const employees = number('employees');
  const draft: EnterpriseDraft = {
    id,
    creditCode,
    name: String(nameSource.value),
    nameKey: nameKeys[byId.get(nameSource.recordId)!]!,
    address: text('address'),
    legalRep: text('legalRep'),
    phone: text('phone'),
    foundedOn: toDate(text('foundedOn')),
    industryCode: classification.code ?? text('industryCode'),
    industry: classification.industry,
    chainSegment: classification.chainSegment,
    registeredCapital: number('registeredCapital'),
    employees: employees === null ? null : Math.round(employees),
    revenue: number('revenue'),
    tax: number('tax'),
    status: DEREGISTERED.test(text('status') ?? '') ? 'deregistered' : 'active',
    inDirectory: context.directorySourceId !== null && members.some((r) => r.source === context.directorySourceId),
    provenance,
    recordCount: members.length,
  };
  return { draft, evidence: locationEvidence(golden, members, byId, context) };
}

/** Coordinates (lng and lat of one record, in its source's CRS), division codes and addresses, most trusted first. */
function locationEvidence(golden: GoldenRecord, members: readonly StoredRecord[], byId: Map<string, number>, context: EnterpriseContext): LocationEvidence {
  const lng = golden.fields['lng'];
  const record = lng ? members[byId.get(lng.recordId)!]! : null;
  const lat = record?.attributes?.['lat'];
  const point = record && typeof lng!.value === 'number' && typeof lat === 'number' ? { lng: lng!.value, lat, crs: context.crsOfSource.get(record.source) ?? 'wgs84' } : null;
  const order = context.survivorship.sourceOrder;
  const addresses = [...members]
    .filter((r) => r.address)
    .sort((a, b) => rankOf(order, a.source) - rankOf(order, b.source))
    .map((r) => r.address!);
  const divisionCodes = [...members].filter((r) => r.divisionCode).sort((a, b) => rankOf(order, a.source) - rankOf(order, b.source)).map((r) => r.divisionCode!);
  return { point, divisionCodes, addresses: [...new Set(addresses)] };
}

function stringOf(golden: GoldenRecord, field: string): string | null {
  const value = golden.fields[field]?.value;
  return value === undefined ? null : String(value);
}

function numberOf(golden: GoldenRecord, field: string): number | null {
  const value = golden.fields[field]?.value;
  if (value === undefined) return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}

/** 2019-03-05 → itself; 2019-03 → 2019-03-01; 2019 → 2019-01-01. */
function toDate(iso: string | null): string | null {
  if (iso === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return `${iso}-01`;
  if (/^\d{4}$/.test(iso)) return `${iso}-01-01`;
  return null;
}
