/**
 * 共用部分解析 — facts.yaml (application facts, joined to the registry's enterprise facts into one catalogue) and
 * shared.yaml (documents, shared parameters and conditions, the annual ceiling), already shape-checked by zod.
 */
import type { FactsFile, SharedFile } from './catalog-files.schema';
import { buildParameters } from './build-parameters';
import { checkParameterCycles, checkParameterValues } from './check-parameters';
import { checkConditionTypes } from './check-rule-types';
import { checkLegalRefs, listLegalRefs } from './check-legal-refs';
import { ENTERPRISE_FACTS, type FactCatalogue, type FactDefinition } from './facts';
import { parseCondition } from './parse-condition';
import type { RuleIssue } from './parse-node';
import type { AnnualCeiling, LegalDocument, Parameter, PolicyCatalogIssue, SharedCondition } from './policy-types';

export function buildFactCatalogue(file: string, data: FactsFile, issues: PolicyCatalogIssue[]): FactCatalogue {
  const facts: Record<string, FactDefinition> = {};
  for (const fact of ENTERPRISE_FACTS) facts[fact.name] = fact;
  for (const [name, input] of Object.entries(data.facts)) {
    if (facts[name]) {
      issues.push({ file, path: `facts.${name}`, reason: `"${name}" is an enterprise fact from the registry; choose another name` });
      continue;
    }
    facts[name] = {
      name,
      type: input.type,
      origin: 'application',
      label: { zh: input.label, en: input.labelEn },
      ...(input.help ? { help: { zh: input.help, en: input.helpEn ?? input.help } } : {}),
      ...(input.options ? { options: input.options.map((o) => ({ value: o.value, label: { zh: o.label, en: o.labelEn } })) } : {}),
      ...(input.min !== undefined ? { min: input.min } : {}),
      ...(input.max !== undefined ? { max: input.max } : {}),
      ...(input.pattern ? { pattern: input.pattern } : {}),
    };
  }
  return facts;
}

export interface SharedPart {
  documents: Record<string, LegalDocument>;
  parameters: Record<string, Parameter>;
  conditions: Record<string, SharedCondition>;
  annualCeiling?: AnnualCeiling;
}

export function parseSharedFile(
  file: string,
  data: SharedFile,
  facts: FactCatalogue,
  issues: PolicyCatalogIssue[],
  sourceIds?: ReadonlySet<string>,
): SharedPart {
  const documents: Record<string, LegalDocument> = {};
  data.documents.forEach((doc, i) => {
    if (documents[doc.id]) issues.push({ file, path: `documents[${i}].id`, reason: `duplicate document id "${doc.id}"` });
    checkSource(file, `documents[${i}].source`, doc.source, sourceIds, issues);
    documents[doc.id] = {
      id: doc.id,
      title: { zh: doc.title, en: doc.titleEn },
      ...(doc.issuer ? { issuer: doc.issuer } : {}),
      ...(doc.url ? { url: doc.url } : {}),
      source: doc.source,
      verified: doc.verified,
    };
  });
  const parameters = buildParameters(data.parameters, file, true, issues);
  for (const parameter of Object.values(parameters)) checkSource(file, `${parameter.path}.source`, parameter.source, sourceIds, issues);
  checkParameterValues(parameters, parameters, facts, issues);
  checkParameterCycles(parameters, parameters, issues);

  const conditions: Record<string, SharedCondition> = {};
  const ruleIssues: RuleIssue[] = [];
  for (const [name, entry] of Object.entries(data.conditions)) {
    const condition = parseCondition(entry.condition, ['conditions', name, 'condition'], ruleIssues);
    if (!condition) continue;
    checkConditionTypes(condition, { facts, parameters, allowFacts: true, issues: ruleIssues });
    conditions[name] = { name, label: { zh: entry.label, en: entry.labelEn }, condition };
  }
  for (const issue of ruleIssues) issues.push({ file, ...issue });
  const refs = listLegalRefs({ parameters, conditions: Object.values(conditions).map((c) => c.condition) });
  checkLegalRefs(file, refs, new Set(Object.keys(documents)), issues);

  const ceiling = data.annualCeiling;
  if (ceiling) {
    const parameter = parameters[ceiling.parameter];
    if (!parameter) issues.push({ file, path: 'annualCeiling.parameter', reason: `unknown parameter "${ceiling.parameter}"` });
    else if (parameter.type !== 'money') issues.push({ file, path: 'annualCeiling.parameter', reason: `the ceiling must be money, "${ceiling.parameter}" is ${parameter.type}` });
  }
  return { documents, parameters, conditions, ...(ceiling ? { annualCeiling: ceiling } : {}) };
}

export function checkSource(
  file: string,
  path: string,
  source: string,
  sourceIds: ReadonlySet<string> | undefined,
  issues: PolicyCatalogIssue[],
): void {
  const id = source.split('#', 1)[0]!;
  if (sourceIds && !sourceIds.has(id)) issues.push({ file, path, reason: `unknown source "${id}" (list it under sources in zone.yaml)` });
}
