/** 参数构建 — parameters as written in YAML → Parameter, with expression values parsed. */
import type { ParameterInput } from './catalog-files.schema';
import { parseExpression } from './parse-expression';
import type { RuleIssue } from './parse-node';
import type { Parameter, PolicyCatalogIssue } from './policy-types';

export function buildParameters(
  input: Readonly<Record<string, ParameterInput>>,
  file: string,
  shared: boolean,
  issues: PolicyCatalogIssue[],
): Record<string, Parameter> {
  const out: Record<string, Parameter> = {};
  for (const [name, parameter] of Object.entries(input)) {
    const path = `parameters.${name}`;
    const ruleIssues: RuleIssue[] = [];
    const values = parameter.values.map((dated, i) => {
      const valuePath = ['parameters', name, 'values', i, 'value'];
      const value =
        typeof dated.value === 'object' ? parseExpression(dated.value, valuePath, ruleIssues) : dated.value;
      return {
        from: dated.from,
        value: value ?? 0,
        ...(dated.legalRef ? { legalRef: dated.legalRef } : {}),
        path: `${path}.values[${i}]`,
      };
    });
    for (const issue of ruleIssues) issues.push({ file, ...issue });
    out[name] = {
      name,
      type: parameter.type,
      label: { zh: parameter.label, en: parameter.labelEn },
      legalRef: parameter.legalRef,
      source: parameter.source,
      verified: parameter.verified,
      ...(parameter.note ? { note: { zh: parameter.note, en: parameter.noteEn ?? parameter.note } } : {}),
      values,
      shared,
      file,
      path,
    };
  }
  return out;
}
