/**
 * 政策文件解析 — one <policy>.yaml, already shape-checked by zod, → a Policy without its catalogue links (facts,
 * documents, shared parameters and conditions, form): versions with their rule trees, materials and rubric.
 */
import type { PolicyFile } from './catalog-files.schema';
import { buildParameters } from './build-parameters';
import { parseAmount } from './parse-amount';
import { parseCondition } from './parse-condition';
import type { RuleIssue } from './parse-node';
import type { Material, Parameter, PolicyCatalogIssue, PolicyVersion, Rubric } from './policy-types';
import type { FormSource } from './derive-form';

/** A parsed policy before linking: its own parameters, and each version's form request. */
export interface PolicyDraft {
  id: string;
  file: string;
  name: PolicyFile['name'];
  nameEn: string;
  kind: PolicyFile['kind'];
  summary?: { zh: string; en: string };
  legalBasis: PolicyFile['legalBasis'];
  parameters: Record<string, Parameter>;
  versions: PolicyVersion[];
  formSpecs: Map<PolicyVersion, FormSource['form']>;
}

export function parsePolicyFile(file: string, data: PolicyFile, issues: PolicyCatalogIssue[]): PolicyDraft | undefined {
  const ruleIssues: RuleIssue[] = [];
  const parameters = buildParameters(data.parameters, file, false, issues);
  const formSpecs = new Map<PolicyVersion, FormSource['form']>();
  const versions = data.versions.map((input, i): PolicyVersion | undefined => {
    const path = ['versions', i] as const;
    const eligibility = parseCondition(input.eligibility, [...path, 'eligibility'], ruleIssues);
    const amount = input.amount === undefined ? undefined : parseAmount(input.amount, [...path, 'amount'], ruleIssues);
    const materials = input.materials.map((material, m): Material | undefined => {
      const when = material.when === undefined ? undefined : parseCondition(material.when, [...path, 'materials', m, 'when'], ruleIssues);
      if (material.when !== undefined && !when) return undefined;
      return {
        id: material.id,
        name: { zh: material.name, en: material.nameEn },
        required: material.required,
        ...(when ? { when } : {}),
        ...(material.note ? { note: { zh: material.note, en: material.noteEn ?? material.note } } : {}),
        path: `versions[${i}].materials[${m}]`,
      };
    });
    if (!eligibility || (input.amount !== undefined && !amount) || materials.some((m) => !m)) return undefined;
    const version: PolicyVersion = {
      policyId: data.id,
      version: input.version,
      validFrom: input.validFrom,
      ...(input.validTo ? { validTo: input.validTo } : {}),
      ...(input.note ? { note: { zh: input.note, en: input.noteEn ?? input.note } } : {}),
      ...(input.legalRef ? { legalRef: input.legalRef } : {}),
      eligibility,
      ...(amount ? { amount } : {}),
      ...(input.items ? { items: input.items } : {}),
      materials: materials as Material[],
      form: [],
      ...(input.rubric ? { rubric: toRubric(input.rubric) } : {}),
      path: `versions[${i}]`,
    };
    formSpecs.set(version, input.form);
    return version;
  });
  for (const issue of ruleIssues) issues.push({ file, ...issue });
  if (versions.some((v) => !v)) return undefined;
  return {
    id: data.id,
    file,
    name: data.name,
    nameEn: data.nameEn,
    kind: data.kind,
    ...(data.summary ? { summary: { zh: data.summary, en: data.summaryEn ?? data.summary } } : {}),
    legalBasis: data.legalBasis,
    parameters,
    versions: versions as PolicyVersion[],
    formSpecs,
  };
}

function toRubric(input: NonNullable<PolicyFile['versions'][number]['rubric']>): Rubric {
  return {
    scale: {
      min: input.scale.min,
      max: input.scale.max,
      labels: input.scale.labels.map((l) => ({ score: l.score, label: { zh: l.label, en: l.labelEn } })),
    },
    criteria: input.criteria.map((c) => ({
      id: c.id,
      name: { zh: c.name, en: c.nameEn },
      weight: c.weight,
      ...(c.description ? { description: { zh: c.description, en: c.descriptionEn ?? c.description } } : {}),
    })),
  };
}
