/**
 * 政策展示 — a policy as the API shows it (the shared contract of issue 6): the summary of the catalogue list and
 * the page of one policy with the version in force on a day, its history, parameters, form, materials and rubric.
 */
import { AppError } from '../../../core/errors';
import {
  findPolicyVersion,
  listPolicyParameters,
  parameterValueOn,
  type LegalRef,
  type Policy,
  type PolicyVersion,
  type Text,
} from '../../../core/rules';
import type { Publication } from './load-catalogue-in-force';

/** 法律依据（展示） */
export interface LegalRefView {
  documentId: string;
  title: Text;
  article: string | null;
  url: string | null;
  verified: boolean;
}

export interface PolicySummary {
  id: string;
  name: Text;
  kind: Policy['kind'];
  summary: Text | null;
  version: { version: number; validFrom: string; validTo: string | null };
  verified: boolean;
  parameterCount: number;
  hasAmount: boolean;
}

export type PolicyDetail = ReturnType<typeof presentPolicyDetail>;

/** The version in force on `asOf`; POLICY_NOT_IN_FORCE before the first version or after the last one ends. */
export function getVersionInForce(policy: Policy, asOf: string): PolicyVersion {
  const version = findPolicyVersion(policy, asOf);
  if (!version) throw new AppError('POLICY_NOT_IN_FORCE', { policyId: policy.id, asOf, firstValidFrom: policy.versions[0]?.validFrom });
  return version;
}

export function viewLegalRef(policy: Policy, ref: LegalRef): LegalRefView {
  const document = policy.documents[ref.document];
  return {
    documentId: ref.document,
    title: document?.title ?? { zh: ref.document, en: ref.document },
    article: ref.article || null,
    url: document?.url ?? null,
    verified: document?.verified ?? false,
  };
}

export function presentPolicySummary(policy: Policy, version: PolicyVersion): PolicySummary {
  const parameters = listPolicyParameters(policy);
  const cited = [...policy.legalBasis, ...(version.legalRef ? [version.legalRef] : []), ...parameters.flatMap((p) => [p.legalRef, ...p.values.flatMap((v) => (v.legalRef ? [v.legalRef] : []))])];
  return {
    id: policy.id,
    name: policy.name,
    kind: policy.kind,
    summary: policy.summary ?? null,
    version: { version: version.version, validFrom: version.validFrom, validTo: version.validTo ?? null },
    verified: parameters.every((p) => p.verified) && cited.every((ref) => policy.documents[ref.document]?.verified === true),
    parameterCount: parameters.length,
    hasAmount: version.amount !== undefined,
  };
}

export function presentPolicyDetail(policy: Policy, version: PolicyVersion, published: ReadonlyMap<number, Publication> | undefined) {
  return {
    ...presentPolicySummary(policy, version),
    legalBasis: policy.legalBasis.map((ref) => viewLegalRef(policy, ref)),
    versions: policy.versions.map((v) => {
      const publication = published?.get(v.version);
      return {
        version: v.version,
        validFrom: v.validFrom,
        validTo: v.validTo ?? null,
        note: v.note ?? null,
        origin: publication ? ('published' as const) : ('zone-pack' as const),
        publishedBy: publication?.publishedBy ?? null,
        publishedAt: publication?.publishedAt ?? null,
      };
    }),
    parameters: listPolicyParameters(policy).map((p) => ({
      name: p.name,
      type: p.type,
      label: p.label,
      value: parameterValueOn(policy, p.name, version.validFrom) ?? null,
      // A value written as an expression over other parameters is shown as written.
      values: p.values.map((v) => ({ from: v.from, value: v.value, legalRef: v.legalRef ? viewLegalRef(policy, v.legalRef) : null })),
      legalRef: viewLegalRef(policy, p.legalRef),
      source: p.source,
      verified: p.verified,
      shared: p.shared,
      note: p.note ?? null,
    })),
    form: version.form,
    materials: version.materials.map((m) => ({ id: m.id, name: m.name, required: m.required, conditional: m.when !== undefined, note: m.note ?? null })),
    rubric: version.rubric ?? null,
  };
}
