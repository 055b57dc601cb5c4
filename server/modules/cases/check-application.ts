/**
 * 申请校验 — the form data and materials of a submission against the policy version in force, the same checks the
 * web runs: every required field present, values of the right type and within the field's bounds, every required
 * material (given the facts, e.g. a project list above a spending threshold) uploaded. Everything wrong is reported
 * at once: 400 CASE_FORM_INVALID naming the fields and the materials.
 */
import { AppError } from '../../../core/errors';
import { checkFacts, evaluatePolicy, explainInPlainLanguage, type Policy, type PolicyVersion, type TraceEntry } from '../../../core/rules';

/** 资格评估 — the policy's answer for the submitted facts, stored with the case. */
export interface Eligibility {
  result: 'eligible' | 'ineligible' | 'undetermined';
  amount: number | null;
  policyVersion: number;
  trace: readonly TraceEntry[];
  explanation: { zh: string[]; en: string[] };
}

export function checkApplication(
  policy: Policy,
  version: PolicyVersion,
  facts: Readonly<Record<string, unknown>>,
  uploadedMaterialIds: readonly string[],
  asOf: string,
): Eligibility {
  const problems: string[] = [];
  const fields = new Set<string>();
  for (const issue of checkFacts(policy, facts)) {
    fields.add(issue.fact);
    problems.push(`${issue.fact}: ${issue.reason}`);
  }
  for (const field of version.form) {
    const value = facts[field.name];
    if (value === undefined || value === null || value === '') {
      if (field.required) {
        fields.add(field.name);
        problems.push(`${field.name}: required`);
      }
      continue;
    }
    const bound = checkBounds(field, value);
    if (bound && !fields.has(field.name)) {
      fields.add(field.name);
      problems.push(`${field.name}: ${bound}`);
    }
  }
  // Which materials are required may depend on the facts, so the policy is evaluated only with valid facts.
  if (fields.size > 0) throw new AppError('CASE_FORM_INVALID', { problems, fields: [...fields], materials: [] });
  const evaluation = evaluatePolicy(policy, facts, asOf);
  const uploaded = new Set(uploadedMaterialIds);
  const missing = evaluation.materials.filter((m) => m.required && !uploaded.has(m.id)).map((m) => m.id);
  if (missing.length > 0) {
    throw new AppError('CASE_FORM_INVALID', { problems: missing.map((id) => `material ${id}: required`), fields: [], materials: missing });
  }
  return {
    result: evaluation.result,
    amount: evaluation.amount,
    policyVersion: evaluation.version.version,
    trace: evaluation.trace,
    explanation: { zh: explainInPlainLanguage(evaluation.trace, 'zh-CN'), en: explainInPlainLanguage(evaluation.trace, 'en') },
  };
}

function checkBounds(field: PolicyVersion['form'][number], value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (field.min !== undefined && value < field.min) return `must be at least ${field.min}`;
    if (field.max !== undefined && value > field.max) return `must be at most ${field.max}`;
  }
  if (typeof value === 'string' && field.pattern !== undefined && !new RegExp(field.pattern).test(value)) return `must match ${field.pattern}`;
  return undefined;
}

/** Where the enterprise is, the platform knows better than the form: the route's area overrides `location.area`. */
export function withLocationFacts(facts: Readonly<Record<string, unknown>>, area: string | null | undefined): Record<string, unknown> {
  return area === 'original' || area === 'expansion' ? { ...facts, 'location.area': area } : { ...facts };
}
