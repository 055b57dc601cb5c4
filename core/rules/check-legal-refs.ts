/** 法律依据校验 — every legalRef in a policy names a document of shared.yaml. */
import type { Parameter, PolicyCatalogIssue, PolicyVersion } from './policy-types';
import type { AmountFormula, Condition, LegalRef } from './rule-ast';

type Found = { path: string; ref: LegalRef };

function fromCondition(condition: Condition, out: Found[]): void {
  if (condition.legalRef) out.push({ path: `${condition.path}.legalRef`, ref: condition.legalRef });
  if (condition.kind === 'all' || condition.kind === 'any') condition.items.forEach((item) => fromCondition(item, out));
  if (condition.kind === 'not') fromCondition(condition.item, out);
}

function fromAmount(formula: AmountFormula, out: Found[]): void {
  if (formula.legalRef) out.push({ path: `${formula.path}.legalRef`, ref: formula.legalRef });
  if (formula.kind === 'sum') formula.items.forEach((item) => fromAmount(item, out));
  if (formula.kind === 'choose') {
    for (const c of formula.cases) {
      fromCondition(c.when, out);
      fromAmount(c.then, out);
    }
    if (formula.otherwise) fromAmount(formula.otherwise, out);
  }
}

export function listLegalRefs(input: {
  legalBasis?: readonly LegalRef[];
  parameters?: Readonly<Record<string, Parameter>>;
  versions?: readonly PolicyVersion[];
  conditions?: readonly Condition[];
}): Found[] {
  const out: Found[] = [];
  input.legalBasis?.forEach((ref, i) => out.push({ path: `legalBasis[${i}]`, ref }));
  for (const parameter of Object.values(input.parameters ?? {})) {
    out.push({ path: `${parameter.path}.legalRef`, ref: parameter.legalRef });
    for (const dated of parameter.values) if (dated.legalRef) out.push({ path: `${dated.path}.legalRef`, ref: dated.legalRef });
  }
  for (const version of input.versions ?? []) {
    if (version.legalRef) out.push({ path: `${version.path}.legalRef`, ref: version.legalRef });
    fromCondition(version.eligibility, out);
    if (version.amount) fromAmount(version.amount, out);
    for (const material of version.materials) if (material.when) fromCondition(material.when, out);
  }
  for (const condition of input.conditions ?? []) fromCondition(condition, out);
  return out;
}

export function checkLegalRefs(file: string, found: readonly Found[], documents: ReadonlySet<string>, issues: PolicyCatalogIssue[]): void {
  for (const { path, ref } of found) {
    if (!documents.has(ref.document)) issues.push({ file, path: `${path}.document`, reason: `unknown document "${ref.document}" (list it under documents in shared.yaml)` });
  }
}
