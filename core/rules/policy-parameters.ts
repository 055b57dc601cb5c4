/**
 * 政策参数一览 — the parameters a policy shows on its page: its own, then the shared ones (shared.yaml) its versions
 * read, directly, through shared conditions or through other parameters; and the value each has on a date, with
 * expressions worked out.
 */
import { collectAmount, collectCondition, collectExpression, emptyReferences } from './collect-references';
import { parseIsoDate } from './dates';
import { toJsonValue } from './format-value';
import type { Parameter, Policy } from './policy-types';
import { findParameterValue, resolveParameter } from './resolve-parameters';

export function listPolicyParameters(policy: Policy): Parameter[] {
  const refs = emptyReferences();
  for (const version of policy.versions) {
    collectCondition(version.eligibility, refs);
    if (version.amount) collectAmount(version.amount, refs);
    for (const material of version.materials) if (material.when) collectCondition(material.when, refs);
  }
  for (const name of refs.conditions) {
    const shared = policy.conditions[name];
    if (shared) collectCondition(shared.condition, refs);
  }
  // A Set visits what is added while it is iterated: this follows parameters that read parameters to the end.
  for (const name of refs.parameters) {
    for (const dated of policy.parameters[name]?.values ?? []) if (typeof dated.value === 'object') collectExpression(dated.value, refs);
  }
  const all = Object.values(policy.parameters);
  return [...all.filter((p) => !p.shared), ...all.filter((p) => p.shared && refs.parameters.has(p.name))];
}

/** The value in force on `asOf` ('YYYY-MM-DD') as plain JSON, or undefined when the parameter has none yet. */
export function parameterValueOn(policy: Policy, name: string, asOf: string): number | string | boolean | undefined {
  const date = parseIsoDate(asOf);
  const parameter = policy.parameters[name];
  if (date === undefined || !parameter || !findParameterValue(parameter, date)) return undefined;
  const resolved = resolveParameter(name, date, policy.parameters);
  return toJsonValue(resolved.value, resolved.type);
}
