/**
 * The policies API as the UI sees it (server/modules/policies; the shared contract of issue 6). Wire shapes only:
 * the server owns eligibility, amounts and their explanations; the UI shows them. Texts come as `{ zh, en }` and
 * are picked by the UI language; dates are `YYYY-MM-DD`; money is in yuan.
 */
import type { FormField, PolicyKind, Rubric, Text, TraceEntry } from '../../../core/rules';
import { sendJson, toQuery } from '../../app/api';

export type { FormField, PolicyKind, Rubric, Text, TraceEntry };

export const POLICY_KINDS: readonly PolicyKind[] = ['special-fund', 'talent'];

/** 判定结论 — eligible, ineligible, or undetermined (facts missing). */
export type EligibilityResult = 'eligible' | 'ineligible' | 'undetermined';

/** 匹配结论 — on registry facts: also likely (everything the registry shows is met; declared figures still needed). */
export type MatchResult = EligibilityResult | 'likely';

/** 法律依据 — a document and the article in it, with the document's title and (when known) its address. */
export interface LegalRefView {
  documentId: string;
  title: Text;
  article: string | null;
  url: string | null;
  verified: boolean;
}

/** 版本摘要 — the version in force on the day asked. */
export interface VersionSpan {
  version: number;
  validFrom: string;
  validTo: string | null;
}

/** 政策摘要 — one policy of the catalogue. */
export interface PolicySummary {
  id: string;
  name: Text;
  kind: PolicyKind;
  summary: Text | null;
  version: VersionSpan;
  /** Every parameter and document confirmed by an official source; otherwise the figures are illustrative. */
  verified: boolean;
  parameterCount: number;
  hasAmount: boolean;
}

/** 政策版本 — one dated version; published ones were made from a draft in this platform. */
export interface PolicyVersionView extends VersionSpan {
  note: Text | null;
  origin: 'zone-pack' | 'published';
  publishedBy: string | null;
  publishedAt: string | null;
}

/** A parameter's value: a literal, or (rarely) an expression over other parameters, shown as it is. */
export type ParameterValue = number | string | boolean | Record<string, unknown>;

/** 参数 — a named, dated, cited figure of a policy. */
export interface PolicyParameter {
  name: string;
  type: 'number' | 'money' | 'integer' | 'rate' | 'boolean' | 'date' | 'string';
  label: Text;
  /** In force on the day asked. */
  value: ParameterValue | null;
  values: { from: string; value: ParameterValue; legalRef: LegalRefView | null }[];
  legalRef: LegalRefView;
  source: string;
  verified: boolean;
  /** Declared once for several policies (shared.yaml). */
  shared: boolean;
  note: Text | null;
}

/** 申报材料 — required or optional; conditional ones are asked only when their condition holds. */
export interface PolicyMaterial {
  id: string;
  name: Text;
  required: boolean;
  conditional: boolean;
  note: Text | null;
}

/** 政策详情 */
export interface PolicyDetail extends PolicySummary {
  legalBasis: LegalRefView[];
  versions: PolicyVersionView[];
  parameters: PolicyParameter[];
  form: FormField[];
  materials: PolicyMaterial[];
  rubric: Rubric | null;
}

/** 测算结果 — the answer of POST /api/policies/:id/evaluate. */
export interface Evaluation {
  result: EligibilityResult;
  amount: number | null;
  version: { policyId: string; version: number; validFrom: string };
  trace: TraceEntry[];
  /** Names of the facts the result still needs. */
  missing: string[];
  materials: { id: string; name: string; nameEn: string; required: boolean }[];
  /** Plain-language "why / why not", in the language the request asked for. */
  explanation: string[];
}

/** 可能符合的政策 — one line of the enterprise's portal card. */
export interface PolicyForMe {
  policyId: string;
  name: Text;
  kind: PolicyKind;
  result: MatchResult;
  amount: number | null;
  missing: string[];
  reasons: string[];
}

export interface PoliciesForMe {
  enterprise: { id: string; name: string } | null;
  items: PolicyForMe[];
}

/** 匹配企业 — one enterprise of a policy's matching list. */
export interface PolicyMatch {
  enterpriseId: string;
  name: string;
  creditCode: string;
  townCode: string | null;
  townName: string | null;
  bodyId: string | null;
  bodyName: string | null;
  result: MatchResult;
  amount: number | null;
  missing: string[];
  reasons: string[];
}

export interface MatchSummary {
  eligible: number;
  likely: number;
  undetermined: number;
  ineligible: number;
  amount: number;
}

export interface PolicyMatches {
  items: PolicyMatch[];
  total: number;
  summary: MatchSummary;
}

export type MatchFilter = 'eligible' | 'likely' | 'undetermined' | 'all';

/** 草稿版本 — proposed parameter values from a date, simulated before it is published as a new version. */
export interface PolicyDraft {
  id: string;
  policyId: string;
  validFrom: string;
  parameters: Record<string, ParameterValue>;
  note: string | null;
  status: 'draft' | 'published';
  createdBy: string;
  createdAt: string;
  publishedVersion: number | null;
}

export interface DraftInput {
  validFrom: string;
  parameters: Record<string, ParameterValue>;
  note?: string;
}

/** 受益情况 — eligible count and amount of one side of a comparison. */
export interface Outcome {
  eligible: number;
  likely: number;
  undetermined: number;
  amount: number;
}

/** 分组对比 — one town, body or industry: the version in force against the draft. */
export interface SimulationGroup {
  key: string;
  label: string;
  current: { eligible: number; likely: number; amount: number };
  draft: { eligible: number; likely: number; amount: number };
}

/** 模拟测算 — the draft against the version in force over the whole registry. */
export interface Simulation {
  asOf: string;
  enterprises: number;
  current: Outcome;
  draft: Outcome;
  gained: number;
  lost: number;
  amountDelta: number;
  byTown: SimulationGroup[];
  byBody: SimulationGroup[];
  byIndustry: SimulationGroup[];
  changes: {
    enterpriseId: string;
    name: string;
    townName: string | null;
    from: MatchResult;
    to: MatchResult;
    amountFrom: number | null;
    amountTo: number | null;
  }[];
}

const base = (id: string) => `/api/policies/${encodeURIComponent(id)}`;

export const policiesPath = (params: { kind?: PolicyKind; asOf?: string } = {}) => `/api/policies${toQuery(params)}`;
export const policyPath = (id: string, asOf?: string) => `${base(id)}${toQuery({ asOf })}`;
export const draftsPath = (id: string) => `${base(id)}/drafts`;

export function matchesPath(id: string, query: { result: MatchFilter; townCode?: string; bodyId?: string; page?: number; pageSize?: number }): string {
  return `${base(id)}/matches${toQuery(query)}`;
}

export function matchesExportPath(id: string, query: { result: MatchFilter; townCode?: string; bodyId?: string }): string {
  return `${base(id)}/matches.xlsx${toQuery(query)}`;
}

export const simulationExportPath = (id: string, draftId: string) =>
  `${base(id)}/drafts/${encodeURIComponent(draftId)}/simulation.xlsx`;

export function evaluatePolicy(id: string, facts: Record<string, unknown>, asOf?: string): Promise<Evaluation> {
  return sendJson<Evaluation>(`${base(id)}/evaluate`, 'POST', asOf ? { facts, asOf } : { facts });
}

export function createDraft(id: string, input: DraftInput): Promise<PolicyDraft> {
  return sendJson<PolicyDraft>(draftsPath(id), 'POST', input);
}

export function updateDraft(id: string, draftId: string, input: DraftInput): Promise<PolicyDraft> {
  return sendJson<PolicyDraft>(`${draftsPath(id)}/${encodeURIComponent(draftId)}`, 'PUT', input);
}

export function deleteDraft(id: string, draftId: string): Promise<void> {
  return sendJson<void>(`${draftsPath(id)}/${encodeURIComponent(draftId)}`, 'DELETE');
}

export function simulateDraft(id: string, draftId: string): Promise<Simulation> {
  return sendJson<Simulation>(`${draftsPath(id)}/${encodeURIComponent(draftId)}/simulate`, 'POST');
}

export function publishDraft(id: string, draftId: string): Promise<PolicyDetail> {
  return sendJson<PolicyDetail>(`${draftsPath(id)}/${encodeURIComponent(draftId)}/publish`, 'POST');
}
