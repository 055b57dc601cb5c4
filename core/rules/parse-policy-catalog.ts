/**
 * 政策目录加载 — the zone pack's policies/ folder, as texts, → a validated PolicyCatalog or every problem with its
 * file, path and reason: YAML syntax, shape, unknown facts / parameters / documents / shared conditions, type
 * mismatches, parameter cycles and dates, overlapping versions or gaps, bands out of order. Files: facts.yaml,
 * shared.yaml, one <policy>.yaml per policy (its id is its file name); <policy>.tests.yaml are golden tests and
 * skipped here. Pure: the zone loader reads the files.
 */
import { parseDocument } from 'yaml';
import { describeZodIssues } from '../zone/zone-pack-issue';
import { factsFileSchema, policyFileSchema, sharedFileSchema } from './catalog-files.schema';
import { checkParameterCycles, checkParameterDates, checkParameterValues } from './check-parameters';
import { checkLegalRefs, listLegalRefs } from './check-legal-refs';
import { checkAmountTypes, checkConditionTypes, type RuleScope } from './check-rule-types';
import { checkVersionDates } from './check-versions';
import { RuleCompileError } from './compile-amount';
import { getCompiledVersion } from './compile-version';
import { collectAmount, collectCondition, collectExpression, emptyReferences } from './collect-references';
import { deriveForm } from './derive-form';
import type { FactCatalogue } from './facts';
import { parsePolicyFile, type PolicyDraft } from './parse-policy-file';
import { buildFactCatalogue, checkSource, parseSharedFile, type SharedPart } from './parse-shared-file';
import type { Policy, PolicyCatalog, PolicyCatalogIssue, PolicyVersion } from './policy-types';
import type { z } from 'zod';

export interface PolicyDocument {
  /** Path relative to the zone pack, e.g. `policies/rd-growth.yaml`. */
  file: string;
  text: string;
}

export type PolicyCatalogParseResult = { ok: true; catalog: PolicyCatalog } | { ok: false; issues: PolicyCatalogIssue[] };

export interface ParseCatalogOptions {
  /** Source ids of zone.yaml; when given, every `source` must name one of them. */
  sourceIds?: readonly string[];
}

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

export function parsePolicyCatalog(documents: readonly PolicyDocument[], options: ParseCatalogOptions = {}): PolicyCatalogParseResult {
  const issues: PolicyCatalogIssue[] = [];
  const sourceIds = options.sourceIds ? new Set(options.sourceIds) : undefined;
  const folder = documents[0] ? documents[0].file.slice(0, documents[0].file.lastIndexOf('/') + 1) : 'policies/';
  const parsed = new Map<string, unknown>();
  for (const doc of documents) {
    if (doc.file.endsWith('.tests.yaml') || !doc.file.endsWith('.yaml')) continue;
    const value = parseYaml(doc, issues);
    if (value !== undefined) parsed.set(doc.file, value);
  }
  const find = (name: string) => [...parsed.keys()].find((file) => baseName(file) === name);
  const factsFile = find('facts.yaml') ?? `${folder}facts.yaml`;
  const sharedFile = find('shared.yaml') ?? `${folder}shared.yaml`;
  const factsData = shape(factsFile, parsed, factsFileSchema, issues);
  const sharedData = shape(sharedFile, parsed, sharedFileSchema, issues);
  if (!factsData || !sharedData) return { ok: false, issues };

  const facts = buildFactCatalogue(factsFile, factsData, issues);
  const shared = parseSharedFile(sharedFile, sharedData, facts, issues, sourceIds);
  const drafts: PolicyDraft[] = [];
  const ids = new Map<string, string>();
  for (const file of parsed.keys()) {
    if (file === factsFile || file === sharedFile) continue;
    const data = shape(file, parsed, policyFileSchema, issues);
    if (!data) continue;
    const expected = baseName(file).replace(/\.yaml$/, '');
    if (data.id !== expected) issues.push({ file, path: 'id', reason: `the id must be the file name: "${expected}"` });
    if (ids.has(data.id)) issues.push({ file, path: 'id', reason: `duplicate policy id "${data.id}" (also in ${ids.get(data.id)})` });
    ids.set(data.id, file);
    const draft = parsePolicyFile(file, data, issues);
    if (draft) drafts.push(draft);
  }
  const policies = drafts.map((draft) => linkPolicy(draft, facts, shared, issues, sourceIds));
  if (issues.length > 0) return { ok: false, issues };

  // Compiling checks what only resolved parameters show (bands out of order); the cache keeps the result.
  for (const policy of policies) {
    for (const version of policy.versions) {
      try {
        getCompiledVersion(policy, version, false);
      } catch (error) {
        if (!(error instanceof RuleCompileError)) throw error;
        issues.push({ file: policy.file, path: error.path, reason: error.reason });
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    catalog: {
      facts,
      documents: shared.documents,
      parameters: shared.parameters,
      conditions: shared.conditions,
      ...(shared.annualCeiling ? { annualCeiling: shared.annualCeiling } : {}),
      policies: policies.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    },
  };
}

function parseYaml(doc: PolicyDocument, issues: PolicyCatalogIssue[]): unknown {
  const parsed = parseDocument(doc.text);
  const error = parsed.errors[0];
  if (!error) return parsed.toJS() as unknown;
  const where = error.linePos ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
  issues.push({ file: doc.file, path: where, reason: `YAML syntax error: ${error.message.split('\n', 1)[0]}` });
  return undefined;
}

function shape<S extends z.ZodType>(file: string, parsed: ReadonlyMap<string, unknown>, schema: S, issues: PolicyCatalogIssue[]): z.output<S> | undefined {
  if (!parsed.has(file)) {
    if (!issues.some((issue) => issue.file === file)) issues.push({ file, path: '', reason: 'file is missing' });
    return undefined;
  }
  const result = schema.safeParse(parsed.get(file), { reportInput: true });
  if (result.success) return result.data;
  issues.push(...describeZodIssues(file, result.error));
  return undefined;
}

/** Joins a parsed policy to the catalogue and runs the checks that need both. */
function linkPolicy(draft: PolicyDraft, facts: FactCatalogue, shared: SharedPart, issues: PolicyCatalogIssue[], sourceIds?: ReadonlySet<string>): Policy {
  const { file } = draft;
  for (const name of Object.keys(draft.parameters)) {
    if (shared.parameters[name]) issues.push({ file, path: `parameters.${name}`, reason: `"${name}" is a shared parameter of shared.yaml; choose another name` });
    checkSource(file, `parameters.${name}.source`, draft.parameters[name]!.source, sourceIds, issues);
  }
  const parameters = { ...shared.parameters, ...draft.parameters };
  checkParameterValues(draft.parameters, parameters, facts, issues);
  checkParameterCycles(draft.parameters, parameters, issues);
  checkVersionDates(file, draft.versions, issues);
  checkLegalRefs(file, listLegalRefs({ legalBasis: draft.legalBasis, parameters: draft.parameters, versions: draft.versions }), new Set(Object.keys(shared.documents)), issues);

  const ruleIssues: RuleScope['issues'] = [];
  const scope: RuleScope = { facts, parameters, allowFacts: true, issues: ruleIssues, conditions: new Set(Object.keys(shared.conditions)) };
  const used = new Map<PolicyVersion, Set<string>>();
  draft.versions.forEach((version, i) => {
    checkConditionTypes(version.eligibility, scope);
    if (version.amount) checkAmountTypes(version.amount, scope);
    for (const material of version.materials) if (material.when) checkConditionTypes(material.when, scope);
    if (version.items && facts[version.items]?.type !== 'string-list') {
      ruleIssues.push({ path: `versions[${i}].items`, reason: `items names a string-list fact; "${version.items}" is ${facts[version.items]?.type ?? 'unknown'}` });
    }
    const spec = draft.formSpecs.get(version);
    for (const [key, names] of Object.entries(spec ?? {})) {
      names.forEach((name, n) => {
        if (!facts[name]) ruleIssues.push({ path: `versions[${i}].form.${key}[${n}]`, reason: `unknown fact "${name}"` });
      });
    }
    used.set(version, parametersUsedBy(version, shared, parameters));
  });
  for (const issue of ruleIssues) issues.push({ file, ...issue });
  checkParameterDates(file, draft.versions, used, parameters, issues);

  const versions = draft.versions.map((version) => ({ ...version, form: deriveForm({ ...version, form: draft.formSpecs.get(version) }, facts, shared.conditions) }));
  return {
    id: draft.id,
    name: { zh: draft.name, en: draft.nameEn },
    kind: draft.kind,
    ...(draft.summary ? { summary: draft.summary } : {}),
    legalBasis: draft.legalBasis,
    parameters,
    versions,
    facts,
    documents: shared.documents,
    conditions: shared.conditions,
    file,
  };
}

/** Parameters a version reads, directly, through shared conditions, or through other parameters' values. */
function parametersUsedBy(version: PolicyVersion, shared: SharedPart, parameters: Policy['parameters']): Set<string> {
  const refs = emptyReferences();
  collectCondition(version.eligibility, refs);
  for (const name of refs.conditions) {
    const condition = shared.conditions[name];
    if (condition) collectCondition(condition.condition, refs);
  }
  if (version.amount) collectAmount(version.amount, refs);
  for (const material of version.materials) if (material.when) collectCondition(material.when, refs);
  for (const name of refs.parameters) {
    // A Set visits what is added during iteration, so this follows chains of parameters to their end.
    for (const dated of parameters[name]?.values ?? []) if (typeof dated.value === 'object') collectExpression(dated.value, refs);
  }
  return refs.parameters;
}
