/**
 * 政策 — the loaded, validated form of a policy catalogue: policies, their dated versions and parameters, the
 * documents they cite, the form, materials and review rubric. Plain data (no functions), so it can be cached,
 * sent to the browser or handed to a worker; the evaluator compiles each version on first use.
 */
import type { FactCatalogue, FactOption, FactType } from './facts';
import type { AmountFormula, Condition, Expr, LegalRef, LiteralValue } from './rule-ast';
import type { Text } from './text';

/** 政策类别 — 专项发展资金 or 人才政策. */
export const POLICY_KINDS = ['special-fund', 'talent'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export const PARAMETER_TYPES = ['number', 'money', 'integer', 'rate', 'boolean', 'date', 'string'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

/** 政策文件 — a document rules cite (管理办法, 实施细则, the seed plan). */
export interface LegalDocument {
  id: string;
  title: Text;
  issuer?: string;
  url?: string;
  /** `<source id>` or `<source id>#<where>` of zone.yaml. */
  source: string;
  /** True only when an official source confirms the document and its articles as cited. */
  verified: boolean;
}

/** 参数取值 — the value a parameter takes from a date on: a literal, or an expression over other parameters. */
export interface ParameterValue {
  from: string;
  value: LiteralValue | Expr;
  legalRef?: LegalRef;
  path: string;
}

/** 参数 — a named, dated, cited number (a rate, a cap, a threshold). */
export interface Parameter {
  name: string;
  type: ParameterType;
  label: Text;
  legalRef: LegalRef;
  source: string;
  verified: boolean;
  note?: Text;
  /** Ordered by `from`. */
  values: ParameterValue[];
  /** Declared in shared.yaml rather than the policy's own file. */
  shared: boolean;
  file: string;
  path: string;
}

/** 申报材料 — required, optional, or listed only when its condition holds. */
export interface Material {
  id: string;
  name: Text;
  required: boolean;
  when?: Condition;
  note?: Text;
  path: string;
}

/** 表单字段 — one question of the application form, derived from a fact the version reads. */
export interface FormField {
  name: string;
  type: FactType;
  origin: 'enterprise' | 'application';
  label: Text;
  help?: Text;
  required: boolean;
  min?: number;
  max?: number;
  pattern?: string;
  options?: FactOption[];
}

/** 评审标准 — criteria with weights summing to 100, scored on one scale. */
export interface Rubric {
  scale: { min: number; max: number; labels: { score: number; label: Text }[] };
  criteria: { id: string; name: Text; weight: number; description?: Text }[];
}

/** 政策版本 — the rules in force from validFrom to validTo (inclusive; open when absent). */
export interface PolicyVersion {
  policyId: string;
  version: number;
  validFrom: string;
  validTo?: string;
  note?: Text;
  legalRef?: LegalRef;
  eligibility: Condition;
  amount?: AmountFormula;
  /** The string-list fact naming the items an application funds (for the no-double-funding check). */
  items?: string;
  materials: Material[];
  form: FormField[];
  rubric?: Rubric;
  path: string;
}

/** 共用条件 — a condition written once in shared.yaml and used by name. */
export interface SharedCondition {
  name: string;
  label: Text;
  condition: Condition;
}

/** 政策 — one special-fund or talent policy with its dated versions. */
export interface Policy {
  id: string;
  name: Text;
  kind: PolicyKind;
  summary?: Text;
  legalBasis: LegalRef[];
  /** Its own parameters and the shared ones it uses. */
  parameters: Readonly<Record<string, Parameter>>;
  /** Ordered by validFrom; they neither overlap nor leave gaps. */
  versions: PolicyVersion[];
  facts: FactCatalogue;
  documents: Readonly<Record<string, LegalDocument>>;
  conditions: Readonly<Record<string, SharedCondition>>;
  file: string;
}

/** 年度资助上限 — one enterprise's total across policies of these kinds in a year. */
export interface AnnualCeiling {
  parameter: string;
  kinds: PolicyKind[];
}

/** 政策目录 — everything in a zone pack's policies/ folder. */
export interface PolicyCatalog {
  facts: FactCatalogue;
  documents: Readonly<Record<string, LegalDocument>>;
  parameters: Readonly<Record<string, Parameter>>;
  conditions: Readonly<Record<string, SharedCondition>>;
  annualCeiling?: AnnualCeiling;
  policies: Policy[];
}

/** 目录问题 — a problem that keeps the catalogue from loading, named by file and field. */
export interface PolicyCatalogIssue {
  file: string;
  path: string;
  reason: string;
}
